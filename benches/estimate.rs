//! One full lump-sum estimate on the real rules: Employees' Pension from dates and monthly pay,
//! with a departure date (months, grade, rate, tax, refund, warnings, deadline), and the
//! National Pension with exemptions.

use std::hint::black_box;
use std::path::Path;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use nenkin_bot::content;
use nenkin_bot::estimate::{Coverage, EmployeesInput, NationalInput, Pay, Request, Scheme, estimate};
use rust_decimal::Decimal;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("valid date")
}

fn bench_estimate(c: &mut Criterion) {
    let rules = content::load_rules(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("rules load");
    let today = date("2026-11-23");
    let employees = Request {
        coverage: Coverage::Dates { first_day: date("2023-04-01"), last_day: date("2026-03-30") },
        scheme: Scheme::Employees(EmployeesInput {
            pay: Pay::MonthlySalary(Decimal::from(250_000)),
            standard_bonuses: Decimal::from(600_000),
            before_april_2003: None,
        }),
        departure: Some(date("2026-04-02")),
    };
    let national = Request {
        coverage: Coverage::Months { months: 20, final_month: "2026-07".parse().expect("month") },
        scheme: Scheme::National(NationalInput { half_exempt_months: 12, ..NationalInput::default() }),
        departure: Some(date("2026-08-01")),
    };
    let typical = Request {
        coverage: Coverage::Months { months: 36, final_month: "2026-03".parse().expect("month") },
        scheme: Scheme::Employees(EmployeesInput {
            pay: Pay::MonthlySalary(Decimal::from(250_000)),
            standard_bonuses: Decimal::ZERO,
            before_april_2003: None,
        }),
        departure: Some(date("2026-04-01")),
    };
    c.bench_function("estimate/employees_months_and_salary", |b| {
        b.iter(|| estimate(black_box(&rules), black_box(&typical), today));
    });
    c.bench_function("estimate/employees_from_dates", |b| {
        b.iter(|| estimate(black_box(&rules), black_box(&employees), today));
    });
    c.bench_function("estimate/national_with_exemptions", |b| {
        b.iter(|| estimate(black_box(&rules), black_box(&national), today));
    });
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(content::RULES_FILE)).expect("rules file");
    c.bench_function("rules/parse_and_validate", |b| {
        b.iter(|| content::parse_rules("faq/rules.yaml", black_box(&text)));
    });
}

criterion_group!(benches, bench_estimate);
criterion_main!(benches);
