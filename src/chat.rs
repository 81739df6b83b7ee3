//! `nenkin-bot chat`: the same conversation as on Telegram, in a terminal. Buttons are numbered;
//! type a number to press one, or type text as you would in Telegram.

use std::io::{BufRead, Write};

use chrono::NaiveDate;
use unic_langid::LanguageIdentifier;

use crate::content::Content;
use crate::dialogue::session::{Context, Event, Screen, Session};
use crate::render::{Renderer, View};

/// Runs a conversation until `/quit` or the end of the input.
pub fn run(
    content: &Content,
    lang: &LanguageIdentifier,
    today: NaiveDate,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let ctx = Context { rules: &content.rules, catalogue: &content.catalogue, search: content, today, handoff: false };
    let mut lang = lang.clone();
    let mut session = Session::default();
    let mut view = Renderer::new(content, &lang).screen(&session.handle(Event::Start(None), ctx));
    show(&view, out)?;
    let mut line = String::new();
    loop {
        write!(out, "> ")?;
        out.flush()?;
        line.clear();
        if input.read_line(&mut line)? == 0 {
            writeln!(out)?;
            return Ok(());
        }
        let typed = line.trim();
        let event = match typed {
            "" => continue,
            "/quit" | "/exit" => return Ok(()),
            "/start" => Event::Start(None),
            "/menu" => Event::Menu,
            "/help" => Event::Help,
            "/estimate" => Event::Estimate,
            "/cancel" => Event::Cancel,
            "/back" => Event::Back,
            "/language" => Event::Languages,
            "/remind" => Event::Remind,
            "/reminders" => Event::Reminders,
            "/checklist" => Event::Checklist,
            typed => match typed.parse::<usize>().ok().and_then(|n| button(&view, n)) {
                Some(event) => event,
                None => Event::Text(typed.to_owned()),
            },
        };
        if let Event::SetLanguage(tag) = &event {
            lang = content.locales.negotiate(Some(tag)).clone();
        }
        let screen = session.handle(event, ctx);
        view = Renderer::new(content, &lang).screen(&screen);
        show(&view, out)?;
        if matches!(screen, Screen::SaveReminders(_) | Screen::ListReminders | Screen::CancelReminder(_)) {
            writeln!(out, "(This terminal stores no reminders; on Telegram they are kept and sent on their day.)")?;
        }
    }
}

/// The event of the `n`th button (1-based) of a view.
fn button(view: &View, n: usize) -> Option<Event> {
    view.buttons.iter().flatten().nth(n.checked_sub(1)?).map(|b| b.event.clone())
}

fn show(view: &View, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "\n{}", crate::content::html::visible_text(&view.text))?;
    for (i, button) in view.buttons.iter().flatten().enumerate() {
        writeln!(out, "  [{}] {}", i + 1, button.label)?;
    }
    Ok(())
}
