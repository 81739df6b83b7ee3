//! Properties that hold for every input: of the estimate, and of everything a user can send
//! (typed text at each question, button data, start-link payloads) — no panic, and a
//! translated answer.

use nenkin_bot::estimate::{Coverage, NationalInput, Pay, Request, estimate};
use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::helpers::{date, employees, month, national, rules, today, yen};

/// Final months from April 2019 to March 2027: fiscal years with a known premium.
fn final_months() -> impl Strategy<Value = String> {
    (0i32..96).prop_map(|offset| month("2019-04").plus(offset).to_string())
}

proptest! {
    #[test]
    fn gross_never_decreases_as_months_grow(months in 0u32..200, final_month in final_months(), pay in 1i64..2_000_000) {
        let pay = Pay::MonthlySalary(yen(pay));
        let fewer = estimate(rules(), &employees(months, &final_month, pay), today()).expect("valid");
        let more = estimate(rules(), &employees(months + 1, &final_month, pay), today()).expect("valid");
        // Past 119 months the old-age pension replaces the lump sum; below that, more is never less.
        if months + 1 < 120 {
            prop_assert!(more.gross >= fewer.gross, "{} → {}", fewer.gross, more.gross);
        }
    }

    #[test]
    fn gross_never_decreases_as_pay_grows(months in 0u32..120, final_month in final_months(), pay in 1i64..2_000_000, raise in 0i64..500_000) {
        for make in [Pay::MonthlySalary, Pay::StandardRemuneration, Pay::PayslipPremium] {
            let low = estimate(rules(), &employees(months, &final_month, make(yen(pay))), today()).expect("valid");
            let high = estimate(rules(), &employees(months, &final_month, make(yen(pay + raise))), today()).expect("valid");
            prop_assert!(high.gross >= low.gross);
        }
    }

    #[test]
    fn national_gross_never_decreases_as_months_grow(paid in 0u32..100, half in 0u32..20, final_month in final_months()) {
        let base = NationalInput { half_exempt_months: half, ..NationalInput::default() };
        let fewer = estimate(rules(), &national(paid, &final_month, base), today()).expect("valid");
        let more = estimate(rules(), &national(paid + 1, &final_month, base), today()).expect("valid");
        if paid + 1 + half < 120 {
            prop_assert!(more.gross >= fewer.gross);
        }
    }

    #[test]
    fn nothing_is_paid_below_six_months(months in 0u32..6, final_month in final_months(), pay in 1i64..2_000_000) {
        let e = estimate(rules(), &employees(months, &final_month, Pay::MonthlySalary(yen(pay))), today()).expect("valid");
        prop_assert!(!e.eligible);
        prop_assert_eq!(e.gross, Decimal::ZERO);
        let e = estimate(rules(), &national(months, &final_month, NationalInput::default()), today()).expect("valid");
        prop_assert_eq!(e.gross, Decimal::ZERO);
    }

    #[test]
    fn no_amount_or_count_panics(months in any::<u32>(), pay in any::<i64>(), scale in 0u32..10, exempt in any::<u32>(), y in 1900i32..2200, m in 1u32..=12) {
        let final_month = format!("{y}-{m:02}");
        let amount = Decimal::new(pay, scale);
        for pay in [Pay::MonthlySalary(amount), Pay::StandardRemuneration(amount), Pay::PayslipPremium(amount)] {
            let _ = estimate(rules(), &employees(months, &final_month, pay), today());
        }
        let exemptions = NationalInput { quarter_exempt_months: exempt, half_exempt_months: exempt, three_quarter_exempt_months: exempt, fully_exempt_months: exempt };
        let _ = estimate(rules(), &national(months, &final_month, exemptions), today());
    }

    #[test]
    fn no_pair_of_dates_panics(first in -100_000i64..100_000, length in -1_000i64..30_000, departure in -100_000i64..100_000) {
        let base = date("2000-01-01");
        let first_day = base + chrono::Duration::days(first);
        let request = Request {
            coverage: Coverage::Dates { first_day, last_day: first_day + chrono::Duration::days(length) },
            departure: Some(base + chrono::Duration::days(departure)),
            ..employees(0, "2026-03", Pay::MonthlySalary(yen(250_000)))
        };
        let _ = estimate(rules(), &request, today());
    }

    #[test]
    fn no_command_line_value_panics(value in "\\PC{0,24}", flag in prop::sample::select(vec!["--months", "--salary", "--final-month", "--from", "--last-day", "--bonuses", "--departure", "--half-exempt-months", "--payslip-pension"])) {
        let mut args = vec!["estimate", "--months", "36", "--final-month", "2026-03", "--salary", "250000"];
        args.extend_from_slice(&[flag, value.as_str()]);
        let (code, _, _) = crate::helpers::run(&args);
        prop_assert!(code == 0 || code == 2);
    }
}

proptest! {
    #[test]
    fn no_typed_text_panics_the_input_parsers(text in "\\PC{0,40}") {
        use nenkin_bot::dialogue::input;
        let _ = input::parse_yen(&text);
        let _ = input::parse_months(&text);
        let _ = input::parse_date(&text);
        let _ = input::parse_month(&text);
    }

    #[test]
    fn any_grouped_amount_reads_back(yen in 1i64..100_000_000) {
        use nenkin_bot::dialogue::input::parse_yen;
        let plain = yen.to_string();
        let mut grouped = String::new();
        for (i, c) in plain.chars().enumerate() {
            if i > 0 && (plain.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(c);
        }
        prop_assert_eq!(parse_yen(&plain), Ok(Decimal::from(yen)));
        prop_assert_eq!(parse_yen(&grouped), Ok(Decimal::from(yen)));
        prop_assert_eq!(parse_yen(&grouped.replace(',', ".")), Ok(Decimal::from(yen)));
    }
}

/// A conversation context on the real content, as the bot runs it.
fn context() -> nenkin_bot::dialogue::session::Context<'static> {
    let content = crate::helpers::content();
    nenkin_bot::dialogue::session::Context {
        rules: &content.rules,
        catalogue: &content.catalogue,
        search: content.index(),
        today: today(),
        handoff: true,
    }
}

/// The screen rendered in `lang`: it must say something, in words (a message the locale
/// lacks would show as its bare id).
fn rendered(screen: &nenkin_bot::dialogue::session::Screen, lang: &str) -> Result<(), TestCaseError> {
    let content = crate::helpers::content();
    let lang: unic_langid::LanguageIdentifier = lang.parse().expect("tag");
    let view = nenkin_bot::render::Renderer::new(content, &lang).screen(screen);
    prop_assert!(!view.text.trim().is_empty(), "empty text for {screen:?}");
    let bare_id =
        view.text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') && view.text.contains('-');
    prop_assert!(!bare_id, "untranslated: {}", view.text);
    Ok(())
}

fn locale() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["en", "vi", "id", "fil", "zh-CN", "ja", "th", "my", "km", "ne", "mn"])
}

/// What a user types, from plain noise to near misses of what the bot expects.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,60}",
        "-?[0-9]{1,30}([.,][0-9]{0,5})?( (years?|months?|yen|万|円))?",
        "[0-9]{1,4}[-/. ][0-9]{1,2}([-/. ][0-9]{1,4})?",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn anything_typed_at_any_question_gets_a_translated_answer(
        steps in prop::collection::vec(typed(), 1..6),
        pension in prop::sample::select(vec!["k:pe", "k:pn", "k:pb"]),
        lang in locale(),
    ) {
        use nenkin_bot::bot::callback::{Action, decode};
        use nenkin_bot::dialogue::session::{Event, Session};
        let mut session = Session::default();
        rendered(&session.handle(Event::Estimate, context()), lang)?;
        let Some(Action::Event(choice)) = decode(pension) else { panic!("{pension}") };
        rendered(&session.handle(choice, context()), lang)?;
        for text in steps {
            rendered(&session.handle(Event::Text(text), context()), lang)?;
        }
    }

    #[test]
    fn no_button_data_panics_and_what_is_read_is_ours(
        data in prop_oneof![
            "\\PC{0,64}",
            "(m|h|x|o|c|b|s|l|u|e|k|f\\+|f-|r|forget):\\PC{0,40}",
            "r:-?[0-9]{1,20}:-?[0-9]{1,4}",
        ],
        lang in locale(),
    ) {
        use nenkin_bot::bot::callback::{Action, decode, encode};
        use nenkin_bot::dialogue::session::Session;
        if let Some(action) = decode(&data) {
            prop_assert_eq!(decode(&encode(&action)), Some(action.clone()));
            if let Action::Event(event) = action {
                rendered(&Session::default().handle(event, context()), lang)?;
            }
        }
    }

    #[test]
    fn a_start_link_payload_is_read_only_if_it_is_well_formed_and_writes_back(
        payload in prop_oneof![
            "\\PC{0,80}",
            "go_(l-(vi|en|zh-CN|x)|e-(q01|ls-amount|Q1)|o-[A-Za-z0-9 -]{0,18}|z-1)(_(l-vi|e-q20|o-[A-Z0-9]{1,8}|l-)){0,3}",
            "[a-z]{2,3}(-[A-Za-z0-9]{1,9}){0,3}",
        ],
    ) {
        use nenkin_bot::link::{MAX_PAYLOAD, StartLink};
        if let Some(link) = StartLink::parse(&payload) {
            prop_assert!(payload.len() <= MAX_PAYLOAD);
            prop_assert!(payload.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-'));
            // What was read can be written again, and reads back to the same fields.
            let written = link.payload();
            prop_assert!(written.is_ok(), "{payload} → {written:?}");
            let again = StartLink::parse(&written.unwrap_or_default()).unwrap_or_default();
            prop_assert!(link.lang.is_none() || again.lang == link.lang);
            prop_assert!(link.entry.is_none() || again.entry == link.entry);
            prop_assert_eq!(again.org, link.org);
        }
    }

    #[test]
    fn any_start_link_payload_starts_the_conversation(payload in "\\PC{0,64}", lang in locale()) {
        use nenkin_bot::dialogue::session::{Event, Screen, Session};
        let screen = Session::default().handle(Event::Start(Some(payload)), context());
        prop_assert!(matches!(screen, Screen::Welcome { .. } | Screen::Answer(_)), "{screen:?}");
        rendered(&screen, lang)?;
    }
}
