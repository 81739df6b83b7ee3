//! `nenkin-bot chat` driven through its standard input, and every screen rendered as valid
//! Telegram HTML.

use std::io::Write;
use std::process::{Command, Stdio};

use nenkin_bot::content::html;
use nenkin_bot::dialogue::input::InputError;
use nenkin_bot::dialogue::interview::{ExemptionKind, PayKind, Problem, Reply, Step};
use nenkin_bot::dialogue::session::Screen;
use nenkin_bot::faq::search::{Hit, Ranking};
use nenkin_bot::render::Renderer;

use crate::helpers::{content, root};

/// Runs the real binary with `lines` on its standard input; returns what it printed.
fn chat(lines: &[&str]) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nenkin-bot"))
        .args(["chat", "--today", "2026-11-23"])
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start nenkin-bot chat");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(format!("{}\n", lines.join("\n")).as_bytes()).expect("write");
    drop(stdin);
    let output = child.wait_with_output().expect("wait");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("utf-8")
}

#[test]
fn a_full_estimate_in_the_terminal() {
    let out = chat(&["/estimate", "1", "3 years", "2026-03", "3", "220,000", "1", "31/03/2026"]);
    assert!(out.contains("Lump sum: ¥726,000"), "{out}");
    assert!(out.contains("Paid to you: ¥577,751"), "{out}");
    assert!(out.contains("Claim by: 31 March 2028"), "{out}");
    assert!(out.contains("erased"), "{out}");
    assert!(out.contains("Only an estimate"), "{out}");
}

#[test]
fn bad_input_is_explained_and_the_question_asked_again() {
    let out = chat(&["/estimate", "1", "three years", "36"]);
    let error = out.find("I could not read that. Type months or years").expect("error message");
    let asked_again = out[error..].find("How long were you in the Employees' Pension").expect("asked again");
    assert!(out[error + asked_again..].contains("In which month did"), "{out}");
}

#[test]
fn a_typed_question_gets_its_answer() {
    let out = chat(&["what documents do i need for the lump sum claim"]);
    assert!(out.contains("What documents do I need for the lump sum claim?"), "{out}");
    assert!(out.contains("Passport copy"), "{out}");
}

#[test]
fn leaving_the_estimate_to_browse_and_coming_back() {
    let out = chat(&["/estimate", "1", "36", "/menu", "1", "/menu", "3", "2026-03"]);
    assert!(out.contains("Continue my estimate"), "{out}");
    assert!(out.contains("What do you know about your pay?"), "{out}");
}

#[test]
fn every_screen_is_valid_telegram_html() {
    let content = content();
    let en = content.locales.negotiate(Some("en")).clone();
    let renderer = Renderer::new(content, &en);
    let mut screens = vec![
        Screen::Welcome { first: true },
        Screen::Menu { interview_open: true },
        Screen::Help,
        Screen::Sections,
        Screen::Cancelled,
        Screen::Stale,
        Screen::Languages,
        Screen::LanguageSet { interview_open: false },
        Screen::Consultant,
        Screen::Feedback { helpful: true },
        Screen::Feedback { helpful: false },
        Screen::Search(Ranking { confident: false, hits: Vec::new() }),
        Screen::Interview(Reply::ExplainPensions),
    ];
    screens.extend(content.catalogue.sections().iter().map(|s| Screen::Section(*s)));
    screens.extend(content.catalogue.entries().iter().map(|e| Screen::Answer(e.id.clone())));
    let hits = content.catalogue.entries().iter().take(3).map(|e| Hit { id: e.id.clone(), score: 1.0 }).collect();
    screens.push(Screen::Search(Ranking { confident: false, hits }));
    let steps = [
        Step::Pension,
        Step::Duration,
        Step::FirstDay,
        Step::LastDay,
        Step::FinalMonth,
        Step::PayKind,
        Step::PayAmount(PayKind::MonthlySalary),
        Step::PayAmount(PayKind::PayslipPremium),
        Step::PayAmount(PayKind::StandardRemuneration),
        Step::Bonuses,
        Step::NpPaidMonths,
        Step::NpLastPaidMonth,
        Step::NpExemptions,
        Step::NpExemptMonths(ExemptionKind::Quarter),
        Step::NpExemptMonths(ExemptionKind::Half),
        Step::NpExemptMonths(ExemptionKind::ThreeQuarter),
        Step::NpExemptMonths(ExemptionKind::Full),
        Step::Departure,
    ];
    let problems = [
        None,
        Some(Problem::Input(InputError::NotAnAmount)),
        Some(Problem::Input(InputError::AmountNotPositive)),
        Some(Problem::Input(InputError::AmountTooLarge)),
        Some(Problem::Input(InputError::NotADuration)),
        Some(Problem::Input(InputError::DurationTooLong)),
        Some(Problem::Input(InputError::NotADate)),
        Some(Problem::Input(InputError::NotAMonth)),
        Some(Problem::UseButtons),
        Some(Problem::LastDayBeforeFirstDay),
        Some(Problem::NothingToGoBackTo),
    ];
    for step in steps {
        for error in problems {
            screens.push(Screen::Interview(Reply::Ask { step, error }));
        }
    }
    let results = [
        crate::helpers::employees(36, "2026-03", nenkin_bot::estimate::Pay::MonthlySalary(700_000.into())),
        crate::helpers::employees(5, "2026-03", nenkin_bot::estimate::Pay::MonthlySalary(200_000.into())),
        crate::helpers::employees(130, "2026-03", nenkin_bot::estimate::Pay::MonthlySalary(200_000.into())),
        crate::helpers::national(24, "2025-11", nenkin_bot::estimate::NationalInput::default()),
    ]
    .iter()
    .cloned()
    .chain([
        // Leaving on 30 March: band lost; an old departure: claim period over; leaving on
        // 20 May: a month lost.
        nenkin_bot::estimate::Request {
            coverage: nenkin_bot::estimate::Coverage::Dates {
                first_day: crate::helpers::date("2023-04-01"),
                last_day: crate::helpers::date("2026-03-30"),
            },
            departure: Some(crate::helpers::date("2024-01-01")),
            ..crate::helpers::employees(0, "2026-03", nenkin_bot::estimate::Pay::MonthlySalary(220_000.into()))
        },
        nenkin_bot::estimate::Request {
            departure: Some(crate::helpers::date("2023-04-01")),
            ..crate::helpers::employees(36, "2023-03", nenkin_bot::estimate::Pay::MonthlySalary(220_000.into()))
        },
        nenkin_bot::estimate::Request {
            coverage: nenkin_bot::estimate::Coverage::Dates {
                first_day: crate::helpers::date("2023-04-15"),
                last_day: crate::helpers::date("2026-05-20"),
            },
            ..crate::helpers::employees(0, "2026-03", nenkin_bot::estimate::Pay::MonthlySalary(220_000.into()))
        },
    ])
    .map(|request| nenkin_bot::estimate::estimate(&content.rules, &request, crate::helpers::today()))
    .chain([Err(nenkin_bot::estimate::InputError::NoNationalPremium(2030))])
    .collect();
    screens.push(Screen::Interview(Reply::Done(results)));
    for screen in &screens {
        let view = renderer.screen(screen);
        assert!(!view.text.trim().is_empty(), "{screen:?} is empty");
        assert!(!view.text.contains("estimate-") && !view.text.contains("menu-"), "an id shows in {screen:?}");
        // Long views go out as several messages, split at paragraphs (each must be valid).
        for part in nenkin_bot::bot::split_message(&view.text, html::MAX_MESSAGE_LENGTH) {
            if let Err(problems) = html::check(&part) {
                panic!("{screen:?}: {problems:?}");
            }
        }
        for button in view.buttons.iter().flatten() {
            assert!(!button.label.is_empty() && !button.label.contains("faq-"), "{screen:?}: {}", button.label);
        }
    }
}
