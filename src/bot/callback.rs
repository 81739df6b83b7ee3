//! Button data: what a tapped inline button means, in at most 64 bytes.

use crate::dialogue::interview::{Choice, ExemptionKind, PayKind, PensionChoice};
use crate::dialogue::session::Event;
use crate::faq::{FaqId, SectionId};
use crate::reminders::Kind;

/// What a button does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// An event of the conversation.
    Event(Event),
    /// Confirm or refuse `/forget`.
    Forget(bool),
    /// Rate a closed ticket: ticket number, 1–5 stars.
    Rate(i64, u8),
}

const CHOICES: &[(&str, Choice)] = &[
    ("pe", Choice::Pension(PensionChoice::Employees)),
    ("pn", Choice::Pension(PensionChoice::National)),
    ("pb", Choice::Pension(PensionChoice::Both)),
    ("p?", Choice::PensionNotSure),
    ("kd", Choice::KnowDates),
    ("ys", Choice::PayKind(PayKind::MonthlySalary)),
    ("yp", Choice::PayKind(PayKind::PayslipPremium)),
    ("yr", Choice::PayKind(PayKind::StandardRemuneration)),
    ("nb", Choice::NoBonuses),
    ("xq", Choice::Exemption(ExemptionKind::Quarter)),
    ("xh", Choice::Exemption(ExemptionKind::Half)),
    ("xt", Choice::Exemption(ExemptionKind::ThreeQuarter)),
    ("xf", Choice::Exemption(ExemptionKind::Full)),
    ("xn", Choice::NoMoreExemptions),
    ("nd", Choice::NoDeparture),
];

/// The button data of an action.
#[must_use]
pub fn encode(action: &Action) -> String {
    match action {
        Action::Event(event) => match event {
            Event::Start(_) | Event::Menu => "m".to_owned(),
            Event::Help => "h".to_owned(),
            Event::Estimate => "x".to_owned(),
            Event::StartOver => "o".to_owned(),
            Event::Cancel => "c".to_owned(),
            Event::Back => "b".to_owned(),
            Event::Sections => "s".to_owned(),
            Event::Section(section) => format!("s:{section}"),
            Event::Entry(id) => format!("e:{id}"),
            Event::Choice(choice) => {
                let code = CHOICES.iter().find(|(_, c)| c == choice).map_or("", |(code, _)| code);
                format!("k:{code}")
            }
            Event::Feedback { id, helpful } => format!("f{}:{id}", if *helpful { "+" } else { "-" }),
            Event::Languages => "l".to_owned(),
            Event::SetLanguage(lang) => format!("l:{lang}"),
            Event::Consultant => "u".to_owned(),
            Event::Remind => "rm".to_owned(),
            Event::RemindAdd(None) => "ra".to_owned(),
            Event::RemindAdd(Some(kind)) => format!("r+:{}", kind.code()),
            Event::Reminders => "rl".to_owned(),
            Event::ReminderCancel(kind) => format!("r-:{}", kind.code()),
            Event::ClaimSent => "rs".to_owned(),
            Event::Checklist => "cl".to_owned(),
            Event::Tick(item) => format!("t:{item}"),
            Event::Share => "sh".to_owned(),
            // Text is never put in a button.
            Event::Text(_) => "m".to_owned(),
        },
        Action::Forget(yes) => if *yes { "forget:yes" } else { "forget:no" }.to_owned(),
        Action::Rate(ticket, stars) => format!("r:{ticket}:{stars}"),
    }
}

/// The action of button data, if it is one of ours.
#[must_use]
pub fn decode(data: &str) -> Option<Action> {
    let event = match data {
        "m" => Event::Menu,
        "h" => Event::Help,
        "x" => Event::Estimate,
        "o" => Event::StartOver,
        "c" => Event::Cancel,
        "b" => Event::Back,
        "s" => Event::Sections,
        "l" => Event::Languages,
        "u" => Event::Consultant,
        "rm" => Event::Remind,
        "ra" => Event::RemindAdd(None),
        "rl" => Event::Reminders,
        "rs" => Event::ClaimSent,
        "cl" => Event::Checklist,
        "sh" => Event::Share,
        "forget:yes" => return Some(Action::Forget(true)),
        "forget:no" => return Some(Action::Forget(false)),
        _ => {
            let (kind, value) = data.split_once(':')?;
            match kind {
                "s" => Event::Section(SectionId::parse(value)?),
                "e" => Event::Entry(FaqId::parse(value).ok()?),
                "k" => Event::Choice(CHOICES.iter().find(|(code, _)| *code == value)?.1),
                "f+" => Event::Feedback { id: FaqId::parse(value).ok()?, helpful: true },
                "f-" => Event::Feedback { id: FaqId::parse(value).ok()?, helpful: false },
                "l" if !value.is_empty() && value.len() <= 16 => Event::SetLanguage(value.to_owned()),
                "r+" => Event::RemindAdd(Some(Kind::parse(value)?)),
                "r-" => Event::ReminderCancel(Kind::parse(value)?),
                "t" if crate::checklist::is_item_id(value) => Event::Tick(value.to_owned()),
                "r" => {
                    let (ticket, stars) = value.split_once(':')?;
                    let stars: u8 = stars.parse().ok()?;
                    return crate::handoff::valid_rating(stars).then_some(Action::Rate(ticket.parse().ok()?, stars));
                }
                _ => return None,
            }
        }
    };
    Some(Action::Event(event))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_round_trips_within_64_bytes() {
        let mut actions: Vec<Action> = CHOICES.iter().map(|(_, c)| Action::Event(Event::Choice(*c))).collect();
        let long_id = FaqId::parse("ls-processing-time").expect("id");
        actions.extend([
            Action::Event(Event::Menu),
            Action::Event(Event::Help),
            Action::Event(Event::Estimate),
            Action::Event(Event::StartOver),
            Action::Event(Event::Cancel),
            Action::Event(Event::Back),
            Action::Event(Event::Sections),
            Action::Event(Event::Section(SectionId::parse("L").expect("section"))),
            Action::Event(Event::Entry(long_id.clone())),
            Action::Event(Event::Feedback { id: long_id.clone(), helpful: false }),
            Action::Event(Event::Feedback { id: long_id, helpful: true }),
            Action::Event(Event::SetLanguage("zh-CN".to_owned())),
            Action::Event(Event::Languages),
            Action::Event(Event::Consultant),
            Action::Event(Event::Remind),
            Action::Event(Event::RemindAdd(None)),
            Action::Event(Event::RemindAdd(Some(Kind::BeforeRefundLimit(6)))),
            Action::Event(Event::Reminders),
            Action::Event(Event::ReminderCancel(Kind::BeforeDeadline(1))),
            Action::Event(Event::ClaimSent),
            Action::Event(Event::Checklist),
            Action::Event(Event::Tick("pension-number".to_owned())),
            Action::Event(Event::Share),
            Action::Forget(true),
            Action::Forget(false),
            Action::Rate(123_456_789, 5),
        ]);
        for action in actions {
            let data = encode(&action);
            assert!(data.len() <= 64, "{data}");
            assert_eq!(decode(&data), Some(action), "{data}");
        }
    }

    #[test]
    fn foreign_data_is_ignored() {
        for data in ["", "zzz", "e:", "e:Q01", "k:??", "s:toolong", "f+:", "forget", "r:1:6", "r:1:0", "r:x:3"] {
            assert_eq!(decode(data), None, "{data}");
        }
    }
}
