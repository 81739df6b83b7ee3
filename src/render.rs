//! Turning screens into text and buttons in the user's language: the Fluent ids, the
//! arguments, money and dates formatted for the locale. Shared by the terminal and Telegram
//! front ends; the text uses Telegram's HTML subset and every user value is escaped.

use chrono::NaiveDate;
use fluent::FluentArgs;
use rust_decimal::Decimal;
use unic_langid::LanguageIdentifier;

use crate::content::Content;
use crate::dialogue::input::InputError;
use crate::dialogue::interview::{Choice, ExemptionKind, PayKind, PensionChoice, Problem, Reply, Step};
use crate::dialogue::session::{Event, Screen};
use crate::estimate::{self, Estimate, Pension, Reason, Warning};
use crate::faq;

mod deadlines;

/// A button: its label and what pressing it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub label: String,
    pub event: Event,
}

/// A message to show: HTML text and rows of buttons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub text: String,
    pub buttons: Vec<Vec<Button>>,
}

/// Renders screens for one locale.
pub struct Renderer<'a> {
    content: &'a Content,
    lang: &'a LanguageIdentifier,
}

impl<'a> Renderer<'a> {
    #[must_use]
    pub fn new(content: &'a Content, lang: &'a LanguageIdentifier) -> Self {
        Self { content, lang }
    }

    fn t(&self, id: &str) -> String {
        self.content.locales.text(self.lang, id, None)
    }

    fn t_args(&self, id: &str, args: &FluentArgs<'_>) -> String {
        self.content.locales.text(self.lang, id, Some(args))
    }

    fn button(&self, id: &str, event: Event) -> Button {
        Button { label: self.t(id), event }
    }

    /// The view of a screen.
    #[must_use]
    pub fn screen(&self, screen: &Screen) -> View {
        match screen {
            Screen::Welcome { first } => {
                let mut text = self.t("menu-welcome");
                if *first {
                    text.push_str("\n\n");
                    text.push_str(&self.t("menu-first-time"));
                }
                View { text, buttons: self.menu_buttons(false) }
            }
            Screen::Menu { interview_open } => {
                View { text: self.t("menu-title"), buttons: self.menu_buttons(*interview_open) }
            }
            Screen::Help => {
                View { text: self.t("menu-help"), buttons: vec![vec![self.button("menu-back-to-menu", Event::Menu)]] }
            }
            Screen::Sections => {
                let mut buttons: Vec<Vec<Button>> = self
                    .content
                    .catalogue
                    .sections()
                    .iter()
                    .map(|s| vec![self.button(&faq::section_title_id(*s), Event::Section(*s))])
                    .collect();
                buttons.push(vec![self.button("menu-back-to-menu", Event::Menu)]);
                View { text: self.t("faq-browse-title"), buttons }
            }
            Screen::Section(section) => {
                let mut buttons: Vec<Vec<Button>> =
                    self.content.catalogue.in_section(*section).map(|e| vec![self.question_button(&e.id)]).collect();
                buttons.push(vec![
                    self.button("faq-back-to-topics", Event::Sections),
                    self.button("menu-back-to-menu", Event::Menu),
                ]);
                View { text: format!("<b>{}</b>", self.t(&faq::section_title_id(*section))), buttons }
            }
            Screen::Answer(id) => self.answer(id),
            Screen::Search(ranking) => {
                if ranking.confident
                    && let Some(best) = ranking.hits.first()
                {
                    return self.answer(&best.id);
                }
                let mut buttons: Vec<Vec<Button>> =
                    ranking.hits.iter().take(3).map(|hit| vec![self.question_button(&hit.id)]).collect();
                buttons.push(vec![self.button("menu-consultant", Event::Consultant)]);
                buttons.push(vec![
                    self.button("faq-browse", Event::Sections),
                    self.button("menu-back-to-menu", Event::Menu),
                ]);
                let text = if ranking.hits.is_empty() {
                    self.t("search-nothing-found")
                } else {
                    self.t("search-did-you-mean")
                };
                View { text, buttons }
            }
            Screen::Interview(reply) => self.interview(reply),
            Screen::Cancelled => View { text: self.t("estimate-cancelled"), buttons: self.menu_buttons(false) },
            Screen::Languages => {
                let locales = &self.content.locales;
                let buttons: Vec<Button> = locales
                    .langs()
                    .map(|l| Button {
                        label: locales.text(l, "language-name", None),
                        event: Event::SetLanguage(l.to_string()),
                    })
                    .collect();
                View {
                    text: self.t("menu-language-title"),
                    buttons: buttons.chunks(2).map(<[Button]>::to_vec).collect(),
                }
            }
            Screen::LanguageSet { interview_open } => View {
                text: format!("{}\n\n{}", self.t("menu-language-chosen"), self.t("menu-title")),
                buttons: self.menu_buttons(*interview_open),
            },
            // The front end opens the ticket; without handoff only the contact text is shown.
            Screen::Consultant | Screen::OpenTicket(_) => {
                View { text: self.t("menu-consultant-unavailable"), buttons: self.menu_buttons(false) }
            }
            Screen::AskDescription => View {
                text: self.t("handoff-ask-description"),
                buttons: vec![vec![self.button("estimate-cancel", Event::Cancel)]],
            },
            Screen::Feedback { helpful } => {
                let id = if *helpful { "faq-feedback-thanks" } else { "faq-feedback-sorry" };
                let mut buttons = self.menu_buttons(false);
                if !*helpful {
                    buttons.insert(0, vec![self.button("menu-consultant", Event::Consultant)]);
                }
                View { text: self.t(id), buttons }
            }
            Screen::Stale => View { text: self.t("error-stale-button"), buttons: self.menu_buttons(false) },
            Screen::RemindAsk { again } => self.remind_ask(*again),
            Screen::RemindOffer(offer) => self.remind_offer(offer),
            // Stored by the front end; the terminal keeps nothing.
            Screen::SaveReminders(saved) => self.reminders_saved(saved),
            Screen::ListReminders | Screen::CancelReminder(_) => self.reminder_list(&[], false),
            Screen::Checklist(ticked) => self.checklist(ticked),
            Screen::Share { interview, results, today } => self.share(interview, results, *today, "nenkin-bot"),
        }
    }

    fn menu_buttons(&self, interview_open: bool) -> Vec<Vec<Button>> {
        let estimate = if interview_open { "menu-continue-estimate" } else { "menu-estimate" };
        vec![
            vec![self.button("menu-browse", Event::Sections), self.button("menu-ask", Event::Help)],
            vec![self.button(estimate, Event::Estimate)],
            vec![self.button("menu-consultant", Event::Consultant), self.button("menu-language", Event::Languages)],
        ]
    }

    fn question_button(&self, id: &faq::FaqId) -> Button {
        Button { label: self.t(&format!("faq-{id}-question")), event: Event::Entry(id.clone()) }
    }

    fn answer(&self, id: &faq::FaqId) -> View {
        let [question, answer, _] = faq::message_ids(id);
        let text = format!("<b>{}</b>\n\n{}", self.t(&question), self.t(&answer));
        let mut buttons: Vec<Vec<Button>> = self
            .content
            .catalogue
            .get(id.as_str())
            .map(|entry| entry.related.iter().take(3).map(|r| vec![self.question_button(r)]).collect())
            .unwrap_or_default();
        buttons.push(vec![
            self.button("faq-helpful", Event::Feedback { id: id.clone(), helpful: true }),
            self.button("faq-not-helpful", Event::Feedback { id: id.clone(), helpful: false }),
        ]);
        if matches!(id.as_str(), "ls-documents" | "ls-how-to-claim" | "ls-tax-refund") {
            buttons.push(vec![self.button("checklist-button", Event::Checklist)]);
        }
        let mut last = Vec::new();
        if let Some(entry) = self.content.catalogue.get(id.as_str()) {
            last.push(self.button("faq-back-to-section", Event::Section(entry.section)));
        }
        last.push(self.button("menu-back-to-menu", Event::Menu));
        buttons.push(last);
        View { text, buttons }
    }

    fn interview(&self, reply: &Reply) -> View {
        match reply {
            Reply::ExplainPensions => {
                let text = format!("{}\n\n{}", self.t("estimate-explain-pensions"), self.t("estimate-ask-pension"));
                View { text, buttons: self.step_buttons(Step::Pension) }
            }
            Reply::Ask { step, error } => {
                let mut text = String::new();
                if let Some(problem) = error {
                    text.push_str(&self.problem(*problem));
                    text.push_str("\n\n");
                }
                text.push_str(&self.t(step_message(*step)));
                View { text, buttons: self.step_buttons(*step) }
            }
            Reply::Done(results) => {
                let parts: Vec<String> = results
                    .iter()
                    .map(|result| match result {
                        Ok(estimate) => self.estimate(estimate),
                        Err(error) => self.estimate_error(error),
                    })
                    .collect();
                let mut text = parts.join("\n\n");
                text.push_str("\n\n");
                text.push_str(&self.t("estimate-warning-totalisation"));
                text.push_str("\n\n");
                text.push_str(&self.t("estimate-only"));
                let mut buttons = vec![
                    vec![
                        self.button("estimate-change-answer", Event::Back),
                        self.button("estimate-start-over", Event::StartOver),
                    ],
                    vec![Button { label: self.t("estimate-how-to-claim"), event: entry_event("ls-how-to-claim") }],
                ];
                if results.iter().any(|r| r.as_ref().is_ok_and(|e| e.claim_deadline.is_some())) {
                    buttons.push(vec![self.button("remind-button", Event::Remind)]);
                }
                buttons.push(vec![
                    self.button("share-button", Event::Share),
                    self.button("checklist-button", Event::Checklist),
                ]);
                buttons.push(vec![self.button("menu-back-to-menu", Event::Menu)]);
                View { text, buttons }
            }
        }
    }

    fn step_buttons(&self, step: Step) -> Vec<Vec<Button>> {
        let choice = |id: &str, choice: Choice| vec![self.button(id, Event::Choice(choice))];
        let mut rows = match step {
            Step::Pension => vec![
                choice("estimate-pension-employees", Choice::Pension(PensionChoice::Employees)),
                choice("estimate-pension-national", Choice::Pension(PensionChoice::National)),
                choice("estimate-pension-both", Choice::Pension(PensionChoice::Both)),
                choice("estimate-pension-not-sure", Choice::PensionNotSure),
            ],
            Step::Duration => vec![choice("estimate-know-dates", Choice::KnowDates)],
            Step::PayKind => vec![
                choice("estimate-pay-salary", Choice::PayKind(PayKind::MonthlySalary)),
                choice("estimate-pay-payslip", Choice::PayKind(PayKind::PayslipPremium)),
                choice("estimate-pay-standard", Choice::PayKind(PayKind::StandardRemuneration)),
            ],
            Step::Bonuses => vec![choice("estimate-no-bonuses", Choice::NoBonuses)],
            Step::NpExemptions => vec![
                choice("estimate-exemption-quarter", Choice::Exemption(ExemptionKind::Quarter)),
                choice("estimate-exemption-half", Choice::Exemption(ExemptionKind::Half)),
                choice("estimate-exemption-three-quarter", Choice::Exemption(ExemptionKind::ThreeQuarter)),
                choice("estimate-exemption-full", Choice::Exemption(ExemptionKind::Full)),
                choice("estimate-no-more-exemptions", Choice::NoMoreExemptions),
            ],
            Step::Departure => vec![choice("estimate-no-departure", Choice::NoDeparture)],
            _ => Vec::new(),
        };
        let mut last = Vec::new();
        if step != Step::Pension {
            last.push(self.button("estimate-back", Event::Back));
        }
        last.push(self.button("estimate-cancel", Event::Cancel));
        rows.push(last);
        rows
    }

    fn problem(&self, problem: Problem) -> String {
        let id = match problem {
            Problem::Input(InputError::NotAnAmount) => "error-not-an-amount",
            Problem::Input(InputError::AmountNotPositive) => "error-amount-not-positive",
            Problem::Input(InputError::AmountTooLarge) => "error-amount-too-large",
            Problem::Input(InputError::NotADuration) => "error-not-a-duration",
            Problem::Input(InputError::DurationTooLong) => "error-duration-too-long",
            Problem::Input(InputError::NotADate) => "error-not-a-date",
            Problem::Input(InputError::NotAMonth) => "error-not-a-month",
            Problem::UseButtons => "error-use-buttons",
            Problem::LastDayBeforeFirstDay => "error-last-day-before-first-day",
            Problem::NothingToGoBackTo => "error-nothing-to-go-back-to",
        };
        format!("⚠️ {}", self.t(id))
    }

    fn estimate(&self, e: &Estimate) -> String {
        let mut lines = Vec::new();
        let title = match e.pension {
            Pension::Employees => "estimate-result-employees-title",
            Pension::National => "estimate-result-national-title",
        };
        lines.push(format!("<b>{}</b>", self.t(title)));
        let mut args = FluentArgs::new();
        args.set("months", self.decimal(e.months_counted));
        args.set("band", e.band);
        args.set("cap", e.cap);
        args.set("final", self.year_month(e.final_month));
        if e.eligible {
            lines.push(self.t_args("estimate-result-months", &args));
            if let (Some(rate), Some(average)) = (e.rate, e.average_remuneration) {
                let mut args = FluentArgs::new();
                args.set("rate", self.decimal(rate));
                args.set("average", self.money(estimate::money::round_benefit(average)));
                lines.push(self.t_args("estimate-result-rate", &args));
            }
            if let Some(premium) = e.monthly_premium {
                let mut args = FluentArgs::new();
                args.set("premium", self.money(premium));
                args.set("band", e.band);
                lines.push(self.t_args("estimate-result-premium", &args));
            }
            let mut args = FluentArgs::new();
            args.set("gross", self.money(e.gross));
            args.set("tax", self.money(e.tax_withheld));
            args.set("net", self.money(e.net));
            args.set("refund", self.money(e.tax_refund_estimate));
            let id = if e.tax_withheld.is_zero() { "estimate-result-amount-untaxed" } else { "estimate-result-amount" };
            lines.push(self.t_args(id, &args));
        } else {
            lines.push(self.t("estimate-result-not-payable"));
            for reason in &e.reasons {
                lines.push(format!("• {}", self.reason(reason)));
            }
        }
        if let Some(deadline) = e.claim_deadline {
            let mut args = FluentArgs::new();
            args.set("date", self.date(deadline));
            lines.push(self.t_args("estimate-result-deadline", &args));
        }
        for warning in &e.warnings {
            lines.push(format!("⚠️ {}", self.warning(warning)));
        }
        lines.join("\n")
    }

    fn reason(&self, reason: &Reason) -> String {
        let mut args = FluentArgs::new();
        match reason {
            Reason::FewerThanMinimumMonths { minimum } => args.set("minimum", *minimum),
            Reason::QualifiesForOldAgePension { qualifying_months } => args.set("months", *qualifying_months),
            Reason::ClaimPeriodExpired { deadline } => args.set("date", self.date(*deadline)),
        }
        // Message ids follow the stable codes: `estimate-reason-<code>`.
        self.t_args(&format!("estimate-reason-{}", reason.code()), &args)
    }

    fn warning(&self, warning: &Warning) -> String {
        let mut args = FluentArgs::new();
        match warning {
            Warning::ErasesCoverage | Warning::RulesDueToChange | Warning::TaxRefundApproximate => (),
            Warning::LastMonthNotCounted { months_if_stayed } => args.set("months", *months_if_stayed),
            Warning::BandLostByLeavingEarly { months_if_stayed, gross_if_stayed } => {
                args.set("months", *months_if_stayed);
                args.set("amount", self.money(*gross_if_stayed));
            }
            Warning::MonthsBeyondCap { cap } => args.set("cap", *cap),
            Warning::PayAboveTopGrade { top } => args.set("amount", self.money(*top)),
        }
        // Message ids follow the stable codes: `estimate-warning-<code>`.
        self.t_args(&format!("estimate-warning-{}", warning.code()), &args)
    }

    fn estimate_error(&self, error: &estimate::InputError) -> String {
        let mut args = FluentArgs::new();
        let id = match error {
            estimate::InputError::NoNationalPremium(year) => {
                args.set("year", *year);
                "estimate-error-no-premium"
            }
            estimate::InputError::NoPremiumRate(month)
            | estimate::InputError::NoCap(month)
            | estimate::InputError::NoGradeTable(month) => {
                args.set("month", month.to_string());
                "estimate-error-no-rule"
            }
            _ => "estimate-error-input",
        };
        format!("⚠️ {}", self.t_args(id, &args))
    }

    /// Yen in the locale's way of writing money.
    #[must_use]
    pub fn money(&self, amount: Decimal) -> String {
        let mut args = FluentArgs::new();
        args.set("amount", group_thousands(amount, &self.t("format-thousands-separator")));
        self.t_args("format-yen", &args)
    }

    /// A number with the locale's decimal separator (a payment rate, months with fractions).
    #[must_use]
    pub fn decimal(&self, value: Decimal) -> String {
        value.normalize().to_string().replace('.', &self.t("format-decimal-separator"))
    }

    /// A month in the locale's way of writing it, e.g. "March 2026" or "2026年3月".
    #[must_use]
    pub fn year_month(&self, month: crate::estimate::YearMonth) -> String {
        let mut args = FluentArgs::new();
        args.set("year", month.year().to_string());
        args.set("monthname", self.t(&format!("format-month-{}", month.month())));
        self.t_args("format-year-month", &args)
    }

    /// The name of a weekday in the locale.
    #[must_use]
    pub fn weekday(&self, day: chrono::Weekday) -> String {
        self.t(&format!("format-weekday-{}", day.number_from_monday()))
    }

    /// A date in the locale's way of writing dates.
    #[must_use]
    pub fn date(&self, date: NaiveDate) -> String {
        use chrono::Datelike;
        let mut args = FluentArgs::new();
        args.set("year", date.year().to_string());
        args.set("month", date.month());
        args.set("day", date.day());
        args.set("monthname", self.t(&format!("format-month-{}", date.month())));
        self.t_args("format-date", &args)
    }
}

/// The Fluent id of a step's question.
fn step_message(step: Step) -> &'static str {
    match step {
        Step::Pension => "estimate-ask-pension",
        Step::Duration => "estimate-ask-duration",
        Step::FirstDay => "estimate-ask-first-day",
        Step::LastDay => "estimate-ask-last-day",
        Step::FinalMonth => "estimate-ask-final-month",
        Step::PayKind => "estimate-ask-pay-kind",
        Step::PayAmount(PayKind::MonthlySalary) => "estimate-ask-salary",
        Step::PayAmount(PayKind::PayslipPremium) => "estimate-ask-payslip",
        Step::PayAmount(PayKind::StandardRemuneration) => "estimate-ask-standard",
        Step::Bonuses => "estimate-ask-bonuses",
        Step::NpPaidMonths => "estimate-ask-np-paid-months",
        Step::NpLastPaidMonth => "estimate-ask-np-last-paid-month",
        Step::NpExemptions => "estimate-ask-np-exemptions",
        Step::NpExemptMonths(ExemptionKind::Quarter) => "estimate-ask-np-quarter-exempt-months",
        Step::NpExemptMonths(ExemptionKind::Half) => "estimate-ask-np-half-exempt-months",
        Step::NpExemptMonths(ExemptionKind::ThreeQuarter) => "estimate-ask-np-three-quarter-exempt-months",
        Step::NpExemptMonths(ExemptionKind::Full) => "estimate-ask-np-full-exempt-months",
        Step::Departure => "estimate-ask-departure",
    }
}

fn entry_event(id: &str) -> Event {
    faq::FaqId::parse(id).map_or(Event::Menu, Event::Entry)
}

/// Whole yen with a thousands separator, e.g. `1,650,000` or `1.650.000`.
#[must_use]
pub fn group_thousands(amount: Decimal, separator: &str) -> String {
    let digits = amount.round().abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    if amount.round().is_sign_negative() && !amount.round().is_zero() { format!("-{out}") } else { out }
}

/// Escapes text for Telegram's HTML: only the entities Telegram decodes.
#[must_use]
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
