//! The guided estimate as a conversation, without Telegram: every step, bad input, Back,
//! resuming a stored interview.

use nenkin_bot::dialogue::input::InputError;
use nenkin_bot::dialogue::interview::{
    Choice, ExemptionKind, Input, Interview, PayKind, PensionChoice, Problem, Reply, Step,
};
use rust_decimal::Decimal;

use crate::helpers::{rules, today};

fn text(t: &str) -> Input {
    Input::Text(t.to_owned())
}

fn choice(c: Choice) -> Input {
    Input::Choice(c)
}

/// Feeds inputs and returns the last reply.
fn feed(interview: &mut Interview, inputs: Vec<Input>) -> Reply {
    let mut reply = interview.next(rules(), today());
    for input in inputs {
        reply = interview.advance(input, rules(), today());
    }
    reply
}

fn asks(reply: &Reply) -> Option<Step> {
    match reply {
        Reply::Ask { step, .. } => Some(*step),
        _ => None,
    }
}

fn gross(reply: &Reply) -> Vec<Decimal> {
    match reply {
        Reply::Done(results) => results.iter().map(|r| r.as_ref().expect("an estimate").gross).collect(),
        other => panic!("not done: {other:?}"),
    }
}

#[test]
fn a_trainee_estimate_from_months_and_salary() {
    let mut interview = Interview::default();
    assert_eq!(asks(&interview.next(rules(), today())), Some(Step::Pension));
    let steps = [
        (choice(Choice::Pension(PensionChoice::Employees)), Some(Step::Duration)),
        (text("3 years"), Some(Step::FinalMonth)),
        (text("2026/03"), Some(Step::PayKind)),
        (choice(Choice::PayKind(PayKind::StandardRemuneration)), Some(Step::PayAmount(PayKind::StandardRemuneration))),
        (text("22万円"), Some(Step::Bonuses)),
        (choice(Choice::NoBonuses), Some(Step::Departure)),
    ];
    for (input, expected) in steps {
        let reply = interview.advance(input, rules(), today());
        assert_eq!(asks(&reply), expected);
    }
    let reply = interview.advance(text("31/03/2026"), rules(), today());
    assert_eq!(gross(&reply), [Decimal::from(726_000)]);
    let Reply::Done(results) = reply else { unreachable!() };
    let estimate = results[0].as_ref().expect("estimate");
    assert_eq!(estimate.claim_deadline.map(|d| d.to_string()).as_deref(), Some("2028-03-31"));
}

#[test]
fn dates_instead_of_months_catch_leaving_a_day_early() {
    let mut interview = Interview::default();
    let reply = feed(
        &mut interview,
        vec![
            choice(Choice::Pension(PensionChoice::Employees)),
            choice(Choice::KnowDates),
            text("2023-04-01"),
            text("30.3.2026"),
            choice(Choice::PayKind(PayKind::MonthlySalary)),
            text("215,000"),
            text("0"),
            choice(Choice::NoDeparture),
        ],
    );
    assert_eq!(gross(&reply), [Decimal::from(594_000)]);
    let Reply::Done(results) = reply else { unreachable!() };
    let codes: Vec<&str> = results[0].as_ref().expect("estimate").warnings.iter().map(|w| w.code()).collect();
    assert!(codes.contains(&"band-lost-by-leaving-early"), "{codes:?}");
}

#[test]
fn both_pensions_with_exemptions() {
    let mut interview = Interview::default();
    let reply = feed(
        &mut interview,
        vec![
            choice(Choice::Pension(PensionChoice::Both)),
            text("36"),
            text("2026-03"),
            choice(Choice::PayKind(PayKind::PayslipPremium)),
            text("20130"),
            choice(Choice::NoBonuses),
            text("20"),
            text("2026-07"),
            choice(Choice::Exemption(ExemptionKind::Half)),
            text("12"),
            choice(Choice::NoMoreExemptions),
            choice(Choice::NoDeparture),
        ],
    );
    assert_eq!(gross(&reply), [Decimal::from(726_000), Decimal::from(215_040)]);
}

#[test]
fn bad_input_keeps_the_step_and_says_what_was_expected() {
    let mut interview = Interview::default();
    feed(&mut interview, vec![choice(Choice::Pension(PensionChoice::Employees))]);
    let cases = [
        ("three years", Problem::Input(InputError::NotADuration)),
        ("9999 years", Problem::Input(InputError::DurationTooLong)),
    ];
    for (typed, problem) in cases {
        let reply = interview.advance(text(typed), rules(), today());
        assert_eq!(reply, Reply::Ask { step: Step::Duration, error: Some(problem) }, "{typed}");
    }
    feed(&mut interview, vec![text("36"), text("2026-03"), choice(Choice::PayKind(PayKind::MonthlySalary))]);
    let reply = interview.advance(text("a lot"), rules(), today());
    assert_eq!(
        reply,
        Reply::Ask {
            step: Step::PayAmount(PayKind::MonthlySalary),
            error: Some(Problem::Input(InputError::NotAnAmount))
        }
    );
    // Typing where a button is expected is explained, not ignored.
    let mut interview = Interview::default();
    let reply = interview.advance(text("employees"), rules(), today());
    assert_eq!(reply, Reply::Ask { step: Step::Pension, error: Some(Problem::UseButtons) });
    // A wrong button for the step is refused too.
    let reply = interview.advance(choice(Choice::NoBonuses), rules(), today());
    assert_eq!(reply, Reply::Ask { step: Step::Pension, error: Some(Problem::UseButtons) });
}

#[test]
fn last_working_day_before_first_day_is_refused() {
    let mut interview = Interview::default();
    let reply = feed(
        &mut interview,
        vec![
            choice(Choice::Pension(PensionChoice::Employees)),
            choice(Choice::KnowDates),
            text("2026-04-01"),
            text("2026-03-31"),
        ],
    );
    assert_eq!(reply, Reply::Ask { step: Step::LastDay, error: Some(Problem::LastDayBeforeFirstDay) });
}

#[test]
fn not_sure_explains_and_asks_again() {
    let mut interview = Interview::default();
    assert_eq!(interview.advance(choice(Choice::PensionNotSure), rules(), today()), Reply::ExplainPensions);
    assert_eq!(interview.step(), Some(Step::Pension));
}

#[test]
fn back_goes_one_question_back_each_time() {
    let mut interview = Interview::default();
    feed(
        &mut interview,
        vec![
            choice(Choice::Pension(PensionChoice::National)),
            text("24"),
            text("2025-11"),
            choice(Choice::Exemption(ExemptionKind::Full)),
        ],
    );
    assert_eq!(interview.step(), Some(Step::NpExemptMonths(ExemptionKind::Full)));
    let expected = [Step::NpExemptions, Step::NpLastPaidMonth, Step::NpPaidMonths, Step::Pension];
    for step in expected {
        let reply = interview.advance(Input::Back, rules(), today());
        assert_eq!(asks(&reply), Some(step));
    }
    let reply = interview.advance(Input::Back, rules(), today());
    assert_eq!(reply, Reply::Ask { step: Step::Pension, error: Some(Problem::NothingToGoBackTo) });
    assert_eq!(interview, Interview::default());
}

#[test]
fn a_stored_interview_resumes_at_the_same_question() {
    let mut interview = Interview::default();
    feed(&mut interview, vec![choice(Choice::Pension(PensionChoice::Employees)), text("35ヶ月")]);
    let stored = serde_json::to_string(&interview).expect("serialize");
    let mut resumed: Interview = serde_json::from_str(&stored).expect("deserialize");
    assert_eq!(resumed.step(), Some(Step::FinalMonth));
    let reply = feed(
        &mut resumed,
        vec![
            text("2025-03"),
            choice(Choice::PayKind(PayKind::StandardRemuneration)),
            text("250k"),
            choice(Choice::NoBonuses),
            choice(Choice::NoDeparture),
        ],
    );
    assert_eq!(gross(&reply), [Decimal::from(675_000)]);
}

#[test]
fn an_estimate_the_rules_cannot_compute_is_an_error_not_a_number() {
    let mut interview = Interview::default();
    let reply = feed(
        &mut interview,
        vec![
            choice(Choice::Pension(PensionChoice::National)),
            text("24"),
            text("2030-05"),
            choice(Choice::NoMoreExemptions),
            choice(Choice::NoDeparture),
        ],
    );
    let Reply::Done(results) = reply else { panic!("not done") };
    assert!(results[0].is_err());
}
