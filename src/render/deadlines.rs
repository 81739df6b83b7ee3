//! Rendering reminders, the checklist and the shareable estimate summary.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use fluent::FluentArgs;

use super::{Button, Renderer, View, entry_event};
use crate::checklist::{ITEMS, Phase};
use crate::dialogue::interview::Interview;
use crate::dialogue::session::Event;
use crate::estimate::{self, Estimate, Pension};
use crate::reminders::{Kind, Planned};
use crate::storage::reminders::Stored;

impl Renderer<'_> {
    /// What a reminder is about, in a few words.
    #[must_use]
    pub fn reminder_kind(&self, kind: Kind) -> String {
        let months = |id: &str, months: u32| {
            let mut args = FluentArgs::new();
            args.set("months", months);
            self.t_args(id, &args)
        };
        match kind {
            Kind::Claimable => self.t("remind-kind-claimable"),
            Kind::BeforeDeadline(m) => months("remind-kind-deadline", m),
            Kind::DecisionCheck => self.t("remind-kind-decision"),
            Kind::BeforeRefundLimit(m) => months("remind-kind-refund", m),
        }
    }

    fn reminder_line(&self, day: NaiveDate, kind: Kind) -> String {
        let mut args = FluentArgs::new();
        args.set("date", self.date(day));
        args.set("what", self.reminder_kind(kind));
        self.t_args("remind-line", &args)
    }

    pub(super) fn remind_ask(&self, again: bool) -> View {
        let id = if again { "remind-ask-again" } else { "remind-ask-departure" };
        View { text: self.t(id), buttons: vec![vec![self.button("estimate-cancel", Event::Cancel)]] }
    }

    pub(super) fn remind_offer(&self, offer: &[Planned]) -> View {
        if offer.is_empty() {
            let buttons = vec![
                vec![Button { label: self.t("estimate-how-to-claim"), event: entry_event("ls-deadline") }],
                vec![self.button("menu-back-to-menu", Event::Menu)],
            ];
            return View { text: self.t("remind-offer-none"), buttons };
        }
        let mut lines = vec![self.t("remind-offer-title")];
        lines.extend(offer.iter().map(|p| self.reminder_line(p.day, p.kind)));
        lines.push(String::new());
        lines.push(self.t("remind-dates-note"));
        let mut buttons = vec![vec![self.button("remind-button-all", Event::RemindAdd(None))]];
        if offer.len() > 1 {
            for plan in offer {
                let mut args = FluentArgs::new();
                args.set("what", self.reminder_kind(plan.kind));
                let label = self.t_args("remind-button-one", &args);
                buttons.push(vec![Button { label, event: Event::RemindAdd(Some(plan.kind)) }]);
            }
        }
        buttons.push(vec![self.button("menu-back-to-menu", Event::Menu)]);
        View { text: lines.join("\n"), buttons }
    }

    /// The confirmation after reminders were scheduled.
    #[must_use]
    pub fn reminders_saved(&self, saved: &[Planned]) -> View {
        let mut lines = vec![self.t("remind-saved")];
        lines.extend(saved.iter().map(|p| self.reminder_line(p.day, p.kind)));
        lines.push(String::new());
        lines.push(self.t("remind-manage-hint"));
        let buttons = vec![
            vec![self.button("checklist-button", Event::Checklist)],
            vec![self.button("menu-back-to-menu", Event::Menu)],
        ];
        View { text: lines.join("\n"), buttons }
    }

    /// The reminders waiting, each with a button to cancel it.
    #[must_use]
    pub fn reminder_list(&self, list: &[Stored], cancelled: bool) -> View {
        let mut lines = Vec::new();
        if cancelled {
            lines.push(self.t("reminders-cancelled"));
        }
        if list.is_empty() {
            lines.push(self.t("reminders-empty"));
        } else {
            lines.push(self.t("reminders-title"));
            lines.extend(list.iter().map(|r| self.reminder_line(r.day, r.kind)));
        }
        let mut buttons: Vec<Vec<Button>> = list
            .iter()
            .map(|r| {
                let mut args = FluentArgs::new();
                args.set("date", self.date(r.day));
                vec![Button { label: self.t_args("reminders-cancel", &args), event: Event::ReminderCancel(r.kind) }]
            })
            .collect();
        buttons.push(vec![self.button("reminders-add", Event::Remind)]);
        buttons.push(vec![self.button("reminders-claim-sent", Event::ClaimSent)]);
        buttons.push(vec![self.button("menu-back-to-menu", Event::Menu)]);
        View { text: lines.join("\n"), buttons }
    }

    /// A reminder as sent on its day; `late_since` when it could not be sent then.
    #[must_use]
    pub fn reminder(&self, kind: Kind, about: NaiveDate, late_since: Option<NaiveDate>) -> View {
        let mut args = FluentArgs::new();
        let id = match kind {
            Kind::Claimable => {
                args.set("date", self.date(about));
                args.set("deadline", self.date(estimate::claim_deadline(&self.content.rules, about)));
                "reminder-claimable"
            }
            Kind::BeforeDeadline(_) => {
                args.set("deadline", self.date(about));
                "reminder-deadline"
            }
            Kind::DecisionCheck => {
                args.set("date", self.date(about));
                "reminder-decision"
            }
            Kind::BeforeRefundLimit(_) => {
                args.set("date", self.date(about));
                "reminder-refund"
            }
        };
        let mut text = self.t_args(id, &args);
        text.push_str("\n\n");
        text.push_str(&self.t("remind-dates-note"));
        if let Some(day) = late_since {
            let mut args = FluentArgs::new();
            args.set("date", self.date(day));
            text.push_str("\n\n");
            text.push_str(&self.t_args("reminder-late", &args));
        }
        let entry = match kind {
            Kind::Claimable | Kind::BeforeDeadline(_) => "ls-how-to-claim",
            Kind::DecisionCheck | Kind::BeforeRefundLimit(_) => "ls-tax-refund",
        };
        let buttons = vec![
            vec![Button { label: self.t(&format!("faq-{entry}-question")), event: entry_event(entry) }],
            vec![self.button("reminder-open-checklist", Event::Checklist)],
            vec![self.button("menu-back-to-menu", Event::Menu)],
        ];
        View { text, buttons }
    }

    pub(super) fn checklist(&self, ticked: &BTreeSet<String>) -> View {
        let mark = |id: &str| if ticked.contains(id) { "✅" } else { "⬜" };
        let mut lines = vec![self.t("checklist-title")];
        for (phase, heading) in [(Phase::Claim, "checklist-claim"), (Phase::TaxRefund, "checklist-tax")] {
            lines.push(String::new());
            lines.push(self.t(heading));
            for item in ITEMS.iter().filter(|i| i.phase == phase) {
                let title = self.t(&format!("checklist-item-{}", item.id));
                let why = self.t(&format!("checklist-item-{}-why", item.id));
                lines.push(format!("{} {title}\n    <i>{why}</i>", mark(item.id)));
                if item.form {
                    lines.push(format!("    {}", self.form_link()));
                }
            }
        }
        let done = ITEMS.iter().filter(|i| ticked.contains(i.id)).count();
        let mut args = FluentArgs::new();
        args.set("done", done);
        args.set("total", ITEMS.len());
        lines.push(String::new());
        lines.push(self.t_args("checklist-done-count", &args));
        let mut buttons: Vec<Vec<Button>> = ITEMS
            .iter()
            .map(|item| {
                let title = self.t(&format!("checklist-item-{}", item.id));
                vec![Button { label: format!("{} {title}", mark(item.id)), event: Event::Tick(item.id.to_owned()) }]
            })
            .collect();
        buttons.push(vec![self.button("remind-button", Event::Remind)]);
        buttons.push(vec![self.button("menu-back-to-menu", Event::Menu)]);
        View { text: lines.join("\n"), buttons }
    }

    /// The line with the claim form's link, in the user's language where the form exists.
    fn form_link(&self) -> String {
        let form = &self.content.rules.claim_form;
        let link = format!("<a href=\"{}\">{}</a>", form.url, form.url.trim_start_matches("https://"));
        let mut args = FluentArgs::new();
        args.set("link", link);
        if form.languages.iter().any(|l| *l == self.lang.to_string()) {
            args.set("language", self.t("language-name"));
            self.t_args("checklist-form-link", &args)
        } else {
            self.t_args("checklist-form-english", &args)
        }
    }

    /// A summary of an estimate to forward: inputs, figures with their Japanese terms, the
    /// day, and that it is an estimate; `bot` is named at the end.
    #[must_use]
    pub fn share(
        &self,
        interview: &Interview,
        results: &[Result<Estimate, estimate::InputError>],
        today: NaiveDate,
        bot: &str,
    ) -> View {
        let arg = |id: &str, name: &str, value: String| {
            let mut args = FluentArgs::new();
            args.set(name.to_owned(), value);
            self.t_args(id, &args)
        };
        let mut lines = vec![arg("share-title", "date", self.date(today)), String::new(), self.t("share-inputs")];
        let estimates: Vec<&Estimate> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
        if let Some(first) = estimates.first() {
            lines.push(arg("share-input-months", "months", first.months_insured.to_string()));
            lines.push(arg("share-input-final-month", "month", self.year_month(first.final_month)));
        }
        if let Some(pay) = estimates.iter().find_map(|e| e.average_remuneration) {
            lines.push(arg("share-input-pay", "amount", self.money(pay)));
        }
        if let Some(Some(departure)) = interview.departure {
            lines.push(arg("share-input-departure", "date", self.date(departure)));
        }
        for e in estimates {
            lines.push(String::new());
            lines.push(self.t(match e.pension {
                Pension::Employees => "share-pension-employees",
                Pension::National => "share-pension-national",
            }));
            if !e.eligible {
                lines.push(self.t("share-not-payable"));
                continue;
            }
            lines.push(arg("share-gross", "amount", self.money(e.gross)));
            if !e.tax_withheld.is_zero() {
                lines.push(arg("share-tax", "amount", self.money(e.tax_withheld)));
            }
            lines.push(arg("share-net", "amount", self.money(e.net)));
            if !e.tax_refund_estimate.is_zero() {
                lines.push(arg("share-refund", "amount", self.money(e.tax_refund_estimate)));
            }
            if let Some(deadline) = e.claim_deadline {
                lines.push(arg("share-deadline", "date", self.date(deadline)));
            }
        }
        lines.push(String::new());
        lines.push(arg("share-footer", "bot", super::escape(bot)));
        View { text: lines.join("\n"), buttons: Vec::new() }
    }
}
