//! The guided estimate: one question at a time, each answer checked, Back and Cancel at every
//! step, and the estimate at the end.
//!
//! The step is never stored: it is derived from which answers are still missing, so a stored
//! interview always resumes at the right question, and Back simply forgets the last answer.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::input::{self, InputError};
use crate::estimate::{
    self, Coverage, EmployeesInput, Estimate, NationalInput, Pay, Request, Rules, Scheme, YearMonth,
};

/// Which pension the user pays into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PensionChoice {
    /// Deducted from salary: Employees' Pension.
    Employees,
    /// Paid by the user: National Pension.
    National,
    /// Some of each.
    Both,
}

/// How the user knows their Employees' Pension pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PayKind {
    MonthlySalary,
    PayslipPremium,
    StandardRemuneration,
}

/// A kind of National Pension exemption.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExemptionKind {
    Quarter,
    Half,
    ThreeQuarter,
    Full,
}

/// One question of the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    Pension,
    /// Employees' Pension: how long (months or years), or "I know the dates".
    Duration,
    FirstDay,
    LastDay,
    /// Employees' Pension: the last month with a pension deduction.
    FinalMonth,
    PayKind,
    PayAmount(PayKind),
    Bonuses,
    /// National Pension: months paid in full.
    NpPaidMonths,
    NpLastPaidMonth,
    /// National Pension: exempt months of some kind, or done.
    NpExemptions,
    NpExemptMonths(ExemptionKind),
    Departure,
}

/// A tap on a button.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Choice {
    Pension(PensionChoice),
    /// "Not sure which pension": explain, ask again.
    PensionNotSure,
    KnowDates,
    PayKind(PayKind),
    NoBonuses,
    Exemption(ExemptionKind),
    NoMoreExemptions,
    NoDeparture,
}

/// What the user did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Text(String),
    Choice(Choice),
    Back,
}

/// How long the Employees' Pension coverage was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Duration {
    Months(u32),
    /// "I know the dates", the days to follow.
    Dates {
        first_day: Option<NaiveDate>,
        last_day: Option<NaiveDate>,
    },
}

/// The answers so far. Serialized as the dialogue state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interview {
    pub pension: Option<PensionChoice>,
    pub duration: Option<Duration>,
    pub final_month: Option<YearMonth>,
    pub pay_kind: Option<PayKind>,
    pub pay: Option<Decimal>,
    pub bonuses: Option<Decimal>,
    pub np_paid_months: Option<u32>,
    pub np_last_paid_month: Option<YearMonth>,
    pub np_exemptions: NationalInput,
    /// The exemption kind being asked about, then `np_exemptions_done`.
    pub np_exemption_pending: Option<ExemptionKind>,
    pub np_exemptions_done: bool,
    /// `Some(None)`: not left yet or not known.
    pub departure: Option<Option<NaiveDate>>,
    /// The steps answered, newest last, for Back.
    pub answered: Vec<Step>,
}

/// What the interview says next.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// Ask this step; `error` says why the last answer was not taken.
    Ask { step: Step, error: Option<Problem> },
    /// Explain the two pensions, then ask again.
    ExplainPensions,
    /// All answered: one estimate per pension.
    Done(Vec<Result<Estimate, estimate::InputError>>),
}

/// Why an answer was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The text was not understood.
    Input(InputError),
    /// A button was expected (or a different one).
    UseButtons,
    /// The last working day is before the first.
    LastDayBeforeFirstDay,
    /// Back at the first question.
    NothingToGoBackTo,
}

impl Interview {
    /// The question to ask now, or `None` when everything is answered.
    #[must_use]
    pub fn step(&self) -> Option<Step> {
        let Some(pension) = self.pension else { return Some(Step::Pension) };
        if matches!(pension, PensionChoice::Employees | PensionChoice::Both) {
            match self.duration {
                None => return Some(Step::Duration),
                Some(Duration::Dates { first_day: None, .. }) => return Some(Step::FirstDay),
                Some(Duration::Dates { last_day: None, .. }) => return Some(Step::LastDay),
                Some(Duration::Months(_)) if self.final_month.is_none() => return Some(Step::FinalMonth),
                Some(_) => (),
            }
            match (self.pay_kind, self.pay) {
                (None, _) => return Some(Step::PayKind),
                (Some(kind), None) => return Some(Step::PayAmount(kind)),
                _ => (),
            }
            if self.bonuses.is_none() {
                return Some(Step::Bonuses);
            }
        }
        if matches!(pension, PensionChoice::National | PensionChoice::Both) {
            if self.np_paid_months.is_none() {
                return Some(Step::NpPaidMonths);
            }
            if self.np_last_paid_month.is_none() {
                return Some(Step::NpLastPaidMonth);
            }
            if let Some(kind) = self.np_exemption_pending {
                return Some(Step::NpExemptMonths(kind));
            }
            if !self.np_exemptions_done {
                return Some(Step::NpExemptions);
            }
        }
        if self.departure.is_none() {
            return Some(Step::Departure);
        }
        None
    }

    /// Takes one input and says what comes next. Bad input leaves the answers as they were.
    pub fn advance(&mut self, input: Input, rules: &Rules, today: NaiveDate) -> Reply {
        let Some(step) = self.step() else { return Reply::Done(self.estimates(rules, today)) };
        let result = match input {
            Input::Back => self.back(),
            Input::Choice(Choice::PensionNotSure) if step == Step::Pension => return Reply::ExplainPensions,
            Input::Choice(choice) => self.choose(step, choice),
            Input::Text(text) => self.answer(step, &text),
        };
        match result {
            Err(problem) => Reply::Ask { step, error: Some(problem) },
            Ok(()) => self.next(rules, today),
        }
    }

    /// The reply for the current state: the next question, or the estimates.
    #[must_use]
    pub fn next(&self, rules: &Rules, today: NaiveDate) -> Reply {
        match self.step() {
            Some(step) => Reply::Ask { step, error: None },
            None => Reply::Done(self.estimates(rules, today)),
        }
    }

    fn choose(&mut self, step: Step, choice: Choice) -> Result<(), Problem> {
        match (step, choice) {
            (Step::Pension, Choice::Pension(pension)) => self.pension = Some(pension),
            (Step::Duration, Choice::KnowDates) => {
                self.duration = Some(Duration::Dates { first_day: None, last_day: None });
            }
            (Step::PayKind, Choice::PayKind(kind)) => self.pay_kind = Some(kind),
            (Step::Bonuses, Choice::NoBonuses) => self.bonuses = Some(Decimal::ZERO),
            (Step::NpExemptions, Choice::Exemption(kind)) => self.np_exemption_pending = Some(kind),
            (Step::NpExemptions, Choice::NoMoreExemptions) => self.np_exemptions_done = true,
            (Step::Departure, Choice::NoDeparture) => self.departure = Some(None),
            _ => return Err(Problem::UseButtons),
        }
        self.answered.push(step);
        Ok(())
    }

    fn answer(&mut self, step: Step, text: &str) -> Result<(), Problem> {
        let text = text.trim();
        match step {
            Step::Pension | Step::PayKind | Step::NpExemptions => return Err(Problem::UseButtons),
            Step::Duration => self.duration = Some(Duration::Months(input::parse_months(text)?)),
            Step::FirstDay => {
                let day = input::parse_date(text)?;
                self.duration = Some(Duration::Dates { first_day: Some(day), last_day: None });
            }
            Step::LastDay => {
                let day = input::parse_date(text)?;
                let first_day = match self.duration {
                    Some(Duration::Dates { first_day, .. }) => first_day,
                    _ => None,
                };
                if first_day.is_some_and(|first| day < first) {
                    return Err(Problem::LastDayBeforeFirstDay);
                }
                self.duration = Some(Duration::Dates { first_day, last_day: Some(day) });
            }
            Step::FinalMonth => self.final_month = Some(input::parse_month(text)?),
            Step::PayAmount(_) => self.pay = Some(input::parse_yen(text)?),
            Step::Bonuses => self.bonuses = Some(parse_bonuses(text)?),
            Step::NpPaidMonths => self.np_paid_months = Some(input::parse_months(text)?),
            Step::NpLastPaidMonth => self.np_last_paid_month = Some(input::parse_month(text)?),
            Step::NpExemptMonths(kind) => {
                *exemption_months(&mut self.np_exemptions, kind) = input::parse_months(text)?;
                self.np_exemption_pending = None;
            }
            Step::Departure => self.departure = Some(Some(input::parse_date(text)?)),
        }
        self.answered.push(step);
        Ok(())
    }

    /// Forgets the last answer, so its question is asked again.
    fn back(&mut self) -> Result<(), Problem> {
        let Some(step) = self.answered.pop() else { return Err(Problem::NothingToGoBackTo) };
        match step {
            Step::Pension => self.pension = None,
            Step::Duration => self.duration = None,
            Step::FirstDay => self.duration = Some(Duration::Dates { first_day: None, last_day: None }),
            Step::LastDay => {
                if let Some(Duration::Dates { last_day, .. }) = &mut self.duration {
                    *last_day = None;
                }
            }
            Step::FinalMonth => self.final_month = None,
            Step::PayKind => self.pay_kind = None,
            Step::PayAmount(_) => self.pay = None,
            Step::Bonuses => self.bonuses = None,
            Step::NpPaidMonths => self.np_paid_months = None,
            Step::NpLastPaidMonth => self.np_last_paid_month = None,
            Step::NpExemptions => {
                // Undoes either the choice of a kind or "no more".
                self.np_exemption_pending = None;
                self.np_exemptions_done = false;
            }
            Step::NpExemptMonths(kind) => {
                self.np_exemption_pending = Some(kind);
                *exemption_months(&mut self.np_exemptions, kind) = 0;
            }
            Step::Departure => self.departure = None,
        }
        Ok(())
    }

    /// The estimates for the answers given (call when [`Self::step`] is `None`).
    #[must_use]
    pub fn estimates(&self, rules: &Rules, today: NaiveDate) -> Vec<Result<Estimate, estimate::InputError>> {
        self.requests().iter().map(|request| estimate::estimate(rules, request, today)).collect()
    }

    /// The estimate requests the answers make: Employees' Pension, National Pension, or both.
    #[must_use]
    pub fn requests(&self) -> Vec<Request> {
        let departure = self.departure.flatten();
        let mut requests = Vec::new();
        let employees = matches!(self.pension, Some(PensionChoice::Employees | PensionChoice::Both));
        if employees {
            let coverage = match self.duration {
                Some(Duration::Months(months)) => {
                    self.final_month.map(|final_month| Coverage::Months { months, final_month })
                }
                Some(Duration::Dates { first_day: Some(first_day), last_day: Some(last_day) }) => {
                    Some(Coverage::Dates { first_day, last_day })
                }
                _ => None,
            };
            let pay = match (self.pay_kind, self.pay) {
                (Some(PayKind::MonthlySalary), Some(yen)) => Some(Pay::MonthlySalary(yen)),
                (Some(PayKind::PayslipPremium), Some(yen)) => Some(Pay::PayslipPremium(yen)),
                (Some(PayKind::StandardRemuneration), Some(yen)) => Some(Pay::StandardRemuneration(yen)),
                _ => None,
            };
            if let (Some(coverage), Some(pay)) = (coverage, pay) {
                let scheme = Scheme::Employees(EmployeesInput {
                    pay,
                    standard_bonuses: self.bonuses.unwrap_or_default(),
                    before_april_2003: None,
                });
                requests.push(Request { coverage, scheme, departure });
            }
        }
        let national = matches!(self.pension, Some(PensionChoice::National | PensionChoice::Both));
        if national && let (Some(months), Some(final_month)) = (self.np_paid_months, self.np_last_paid_month) {
            let coverage = Coverage::Months { months, final_month };
            requests.push(Request { coverage, scheme: Scheme::National(self.np_exemptions), departure });
        }
        requests
    }
}

/// The count of months of one exemption kind.
fn exemption_months(exemptions: &mut NationalInput, kind: ExemptionKind) -> &mut u32 {
    match kind {
        ExemptionKind::Quarter => &mut exemptions.quarter_exempt_months,
        ExemptionKind::Half => &mut exemptions.half_exempt_months,
        ExemptionKind::ThreeQuarter => &mut exemptions.three_quarter_exempt_months,
        ExemptionKind::Full => &mut exemptions.fully_exempt_months,
    }
}

/// Bonuses: an amount, or a plain "0".
fn parse_bonuses(text: &str) -> Result<Decimal, Problem> {
    if text == "0" {
        return Ok(Decimal::ZERO);
    }
    Ok(input::parse_yen(text)?)
}

impl From<InputError> for Problem {
    fn from(error: InputError) -> Self {
        Self::Input(error)
    }
}
