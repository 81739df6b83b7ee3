//! Shared set-up: the real rules file, requests in a line, the command line in-process.

use std::path::PathBuf;
use std::sync::OnceLock;

use chrono::NaiveDate;
use nenkin_bot::content;
use nenkin_bot::estimate::{
    Coverage, EmployeesInput, Estimate, NationalInput, Pay, Request, Rules, Scheme, YearMonth,
    estimate,
};
use rust_decimal::Decimal;

/// The repository root, which is the content folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The real `faq/rules.yaml`, loaded and validated once.
pub fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| content::load_rules(&root()).expect("faq/rules.yaml loads"))
}

pub fn month(text: &str) -> YearMonth {
    text.parse().expect("valid YYYY-MM")
}

pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("valid YYYY-MM-DD")
}

pub fn yen(amount: i64) -> Decimal {
    Decimal::from(amount)
}

/// A day on which no example's claim period has ended.
pub fn today() -> NaiveDate {
    date("2026-11-23")
}

/// An Employees' Pension request from months, final month and pay.
pub fn employees(months: u32, final_month: &str, pay: Pay) -> Request {
    Request {
        coverage: Coverage::Months {
            months,
            final_month: month(final_month),
        },
        scheme: Scheme::Employees(EmployeesInput {
            pay,
            standard_bonuses: Decimal::ZERO,
            before_april_2003: None,
        }),
        departure: None,
    }
}

/// A National Pension request from paid months, last paid month and exemptions.
pub fn national(paid: u32, last_paid: &str, exemptions: NationalInput) -> Request {
    Request {
        coverage: Coverage::Months {
            months: paid,
            final_month: month(last_paid),
        },
        scheme: Scheme::National(exemptions),
        departure: None,
    }
}

/// Runs the estimate on the real rules as of [`today`].
pub fn quote(request: &Request) -> Estimate {
    estimate(rules(), request, today()).expect("valid request")
}

/// The command line run in-process: exit code, standard output, standard error.
pub fn run(args: &[&str]) -> (u8, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let root = root();
    let mut full = vec![
        "nenkin-bot",
        "--content-dir",
        root.to_str().expect("utf-8 path"),
    ];
    full.extend_from_slice(args);
    let code = nenkin_bot::cli::run_from(full, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).expect("utf-8"),
        String::from_utf8(err).expect("utf-8"),
    )
}

/// `estimate --json` with `args`, parsed.
pub fn run_json(args: &[&str]) -> serde_json::Value {
    let mut full = vec!["estimate", "--json", "--today", "2026-11-23"];
    full.extend_from_slice(args);
    let (code, out, err) = run(&full);
    assert_eq!(code, 0, "exit code for {args:?}; stderr: {err}");
    serde_json::from_str(&out).expect("one JSON object")
}
