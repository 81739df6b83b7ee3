//! One user's conversation: commands, menu actions, free-text questions and the estimate
//! interview, turned into the screen to show next. Both front ends (terminal and Telegram)
//! drive this, so a conversation behaves the same in both.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::interview::{self, Choice, Input, Interview};
use crate::estimate::Rules;
use crate::faq::search::{Ranking, Search};
use crate::faq::{Catalogue, FaqId, SectionId};
use crate::reminders::{self, Kind, Planned};

/// What the conversation knows besides the user's own state.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub rules: &'a Rules,
    pub catalogue: &'a Catalogue,
    /// Asked only when the user types a question (the index may still be being built).
    pub search: &'a dyn Search,
    pub today: NaiveDate,
    /// Whether consultants can be reached (a staff group is configured).
    pub handoff: bool,
}

/// Something the user did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// `/start`, with a deep-link payload if any.
    Start(Option<String>),
    /// `/help`
    Help,
    /// `/menu` or the Menu button.
    Menu,
    /// `/estimate` or the Estimate button: continue the interview, or start one.
    Estimate,
    /// Start the interview afresh.
    StartOver,
    /// `/cancel` or Cancel: leave the interview.
    Cancel,
    /// Back in the interview.
    Back,
    /// Browse: the list of sections.
    Sections,
    /// One section's questions.
    Section(SectionId),
    /// One entry's answer.
    Entry(FaqId),
    /// A button of the interview.
    Choice(Choice),
    /// Typed text.
    Text(String),
    /// "Helpful" or "not helpful" under an answer.
    Feedback { id: FaqId, helpful: bool },
    /// The language list.
    Languages,
    /// A language chosen from the list (a locale tag); the front end switches to it.
    SetLanguage(String),
    /// "Talk to a consultant".
    Consultant,
    /// `/remind` or "Remind me" under an estimate: offer the reminders that apply.
    Remind,
    /// Schedule one offered reminder, or all of them (`None`).
    RemindAdd(Option<Kind>),
    /// `/reminders`: the reminders waiting.
    Reminders,
    /// Cancel a waiting reminder.
    ReminderCancel(Kind),
    /// "I sent my claim today": offer the reminders that follow a claim.
    ClaimSent,
    /// `/checklist`: the documents and steps, with what is done ticked.
    Checklist,
    /// Tick or untick a checklist item.
    Tick(String),
    /// "Share" under an estimate: a summary to forward.
    Share,
}

/// What to show.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    /// The greeting and main menu (`first` on /start).
    Welcome {
        first: bool,
    },
    Menu {
        interview_open: bool,
    },
    Help,
    Sections,
    Section(SectionId),
    Answer(FaqId),
    /// Search results for a question: answered directly when confident.
    Search(Ranking),
    Interview(interview::Reply),
    /// The interview was left.
    Cancelled,
    /// Thanks for the feedback on an answer; after "not helpful", other ways to get help.
    Feedback {
        helpful: bool,
    },
    /// The list of languages, each named in itself.
    Languages,
    /// The language was changed: the menu, in the new language.
    LanguageSet {
        interview_open: bool,
    },
    /// How to reach a person when no consultant can be reached through the bot.
    Consultant,
    /// Ask the user to describe their question for the consultant.
    AskDescription,
    /// The user described their question: open a ticket with it (the front end does).
    OpenTicket(String),
    /// A button that no longer applies (an old message).
    Stale,
    /// Ask when the user leaves (or left) Japan, for reminders; `again` after a date that
    /// could not be read.
    RemindAsk {
        again: bool,
    },
    /// The reminders that can be scheduled (none when every date has passed).
    RemindOffer(Vec<Planned>),
    /// Schedule these reminders (the front end stores them).
    SaveReminders(Vec<Planned>),
    /// The reminders waiting (the front end reads them).
    ListReminders,
    /// Cancel this reminder (the front end does), then list the rest.
    CancelReminder(Kind),
    /// The checklist, with the items ticked so far.
    Checklist(BTreeSet<String>),
    /// A summary of the last estimate, to forward: its answers, its results, the day.
    Share {
        interview: Box<Interview>,
        results: Vec<Result<crate::estimate::Estimate, crate::estimate::InputError>>,
        today: NaiveDate,
    },
}

/// The stored state of one user's conversation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The estimate interview in progress, kept while the user browses or asks questions.
    pub interview: Option<Interview>,
    /// Whether the user has seen the welcome before.
    pub started: bool,
    /// Free-text questions outside the interview that found nothing, newest last (for the
    /// consultant's context); at most [`Self::MAX_UNANSWERED`].
    pub unanswered: Vec<String>,
    /// Waiting for the description of a question for a consultant.
    #[serde(default)]
    pub describing: bool,
    /// The FAQ entries last opened, newest last (for the consultant's context).
    #[serde(default)]
    pub viewed: Vec<FaqId>,
    /// Waiting for the departure date, for reminders.
    #[serde(default)]
    pub awaiting_departure: bool,
    /// The departure date and claim deadline reminders were last offered for.
    #[serde(default)]
    pub departure: Option<(NaiveDate, NaiveDate)>,
    /// The day the user said the claim was sent.
    #[serde(default)]
    pub claim_sent: Option<NaiveDate>,
    /// The checklist items ticked.
    #[serde(default)]
    pub checklist: BTreeSet<String>,
}

impl Session {
    /// The most unanswered questions remembered.
    pub const MAX_UNANSWERED: usize = 5;
    /// The most viewed entries remembered.
    pub const MAX_VIEWED: usize = 5;
    /// The longest description kept for a ticket, in characters.
    pub const MAX_DESCRIPTION: usize = 2000;

    /// Handles one event and says what to show.
    pub fn handle(&mut self, event: Event, ctx: Context<'_>) -> Screen {
        match event {
            Event::Start(payload) => {
                let first = !self.started;
                self.started = true;
                match payload.as_deref().and_then(|p| ctx.catalogue.get(p)) {
                    Some(entry) => Screen::Answer(entry.id.clone()),
                    None => Screen::Welcome { first },
                }
            }
            Event::Help => Screen::Help,
            Event::Menu => Screen::Menu { interview_open: self.interview.is_some() },
            Event::Estimate => {
                let interview = self.interview.get_or_insert_with(Interview::default);
                Screen::Interview(interview.next(ctx.rules, ctx.today))
            }
            Event::StartOver => {
                let interview = self.interview.insert(Interview::default());
                Screen::Interview(interview.next(ctx.rules, ctx.today))
            }
            Event::Cancel if self.describing || self.awaiting_departure => {
                self.describing = false;
                self.awaiting_departure = false;
                Screen::Menu { interview_open: self.interview.is_some() }
            }
            Event::Cancel => match self.interview.take() {
                Some(_) => Screen::Cancelled,
                None => Screen::Menu { interview_open: false },
            },
            Event::Back => self.interview_input(Input::Back, ctx),
            Event::Sections => Screen::Sections,
            Event::Section(section) if ctx.catalogue.sections().contains(&section) => Screen::Section(section),
            Event::Entry(id) if ctx.catalogue.get(id.as_str()).is_some() => {
                self.viewed.retain(|v| *v != id);
                self.viewed.push(id.clone());
                let excess = self.viewed.len().saturating_sub(Self::MAX_VIEWED);
                self.viewed.drain(..excess);
                Screen::Answer(id)
            }
            Event::Section(_) | Event::Entry(_) => Screen::Stale,
            Event::Feedback { helpful, .. } => Screen::Feedback { helpful },
            Event::Languages => Screen::Languages,
            Event::SetLanguage(_) => Screen::LanguageSet { interview_open: self.interview.is_some() },
            Event::Consultant if ctx.handoff => {
                self.describing = true;
                Screen::AskDescription
            }
            Event::Consultant => Screen::Consultant,
            Event::Choice(choice) => self.interview_input(Input::Choice(choice), ctx),
            Event::Text(text) if self.describing => {
                self.describing = false;
                Screen::OpenTicket(text.chars().take(Self::MAX_DESCRIPTION).collect())
            }
            Event::Text(text) if self.awaiting_departure => match super::input::parse_date(&text) {
                Ok(departure) => {
                    self.awaiting_departure = false;
                    self.departure = Some((departure, crate::estimate::claim_deadline(ctx.rules, departure)));
                    Screen::RemindOffer(self.reminder_offer(ctx))
                }
                Err(_) => Screen::RemindAsk { again: true },
            },
            Event::Remind => match self.interview_departure(ctx) {
                Some(dates) => {
                    self.departure = Some(dates);
                    Screen::RemindOffer(self.reminder_offer(ctx))
                }
                None => {
                    self.awaiting_departure = true;
                    Screen::RemindAsk { again: false }
                }
            },
            Event::ClaimSent => {
                self.claim_sent = Some(ctx.today);
                // What "all" adds is what this offer shows: with a departure date, its
                // reminders still ahead too (adding one again only replaces it).
                Screen::RemindOffer(self.reminder_offer(ctx))
            }
            Event::RemindAdd(kind) => {
                let chosen: Vec<Planned> =
                    self.reminder_offer(ctx).into_iter().filter(|p| kind.is_none_or(|k| p.kind == k)).collect();
                if chosen.is_empty() { Screen::Stale } else { Screen::SaveReminders(chosen) }
            }
            Event::Reminders => Screen::ListReminders,
            Event::Checklist => Screen::Checklist(self.checklist.clone()),
            Event::Tick(item) => {
                if crate::checklist::is_item_id(&item) && !self.checklist.remove(&item) {
                    self.checklist.insert(item);
                }
                Screen::Checklist(self.checklist.clone())
            }
            Event::Share => match &self.interview {
                Some(interview) if interview.step().is_none() => Screen::Share {
                    interview: Box::new(interview.clone()),
                    results: interview.estimates(ctx.rules, ctx.today),
                    today: ctx.today,
                },
                _ => Screen::Stale,
            },
            Event::ReminderCancel(kind) => Screen::CancelReminder(kind),
            Event::Text(text) => match &self.interview {
                Some(interview) if interview.step().is_some() => self.interview_input(Input::Text(text), ctx),
                _ => self.question(&text, ctx),
            },
        }
    }

    /// Every reminder that can be offered from the dates the user gave, soonest first.
    #[must_use]
    pub fn reminder_offer(&self, ctx: Context<'_>) -> Vec<Planned> {
        let mut offer = Vec::new();
        if let Some((departure, deadline)) = self.departure {
            offer.extend(reminders::after_departure(ctx.rules, departure, deadline, ctx.today));
        }
        if let Some(sent) = self.claim_sent {
            offer.extend(reminders::after_claim_sent(ctx.rules, sent, ctx.today));
        }
        offer.sort_by_key(|p| p.day);
        offer
    }

    /// The departure date given in the estimate, with the claim deadline the estimate found.
    fn interview_departure(&self, ctx: Context<'_>) -> Option<(NaiveDate, NaiveDate)> {
        let interview = self.interview.as_ref()?;
        let departure = interview.departure.flatten()?;
        let deadline = interview
            .estimates(ctx.rules, ctx.today)
            .into_iter()
            .find_map(|e| e.ok().and_then(|e| e.claim_deadline))
            .unwrap_or_else(|| crate::estimate::claim_deadline(ctx.rules, departure));
        Some((departure, deadline))
    }

    fn interview_input(&mut self, input: Input, ctx: Context<'_>) -> Screen {
        match &mut self.interview {
            Some(interview) => Screen::Interview(interview.advance(input, ctx.rules, ctx.today)),
            None => Screen::Stale,
        }
    }

    fn question(&mut self, text: &str, ctx: Context<'_>) -> Screen {
        let ranking = ctx.search.rank(text);
        if ranking.hits.is_empty() {
            self.unanswered.push(text.chars().take(500).collect());
            let excess = self.unanswered.len().saturating_sub(Self::MAX_UNANSWERED);
            self.unanswered.drain(..excess);
        }
        Screen::Search(ranking)
    }
}
