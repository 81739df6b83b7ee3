//! `faq/rules.yaml`: the real file is valid; broken copies fail naming the bad entry.

use nenkin_bot::content;

use crate::helpers::{root, rules};

fn real_text() -> String {
    std::fs::read_to_string(root().join(content::RULES_FILE)).expect("rules file")
}

/// Parses `text` as a rules file and returns the error text.
fn problems(text: &str) -> String {
    match content::parse_rules("faq/rules.yaml", text) {
        Ok(_) => panic!("broken rules were accepted"),
        Err(error) => format!("{error:#}"),
    }
}

#[test]
fn the_real_rules_load_with_every_fiscal_year_from_2019() {
    let rules = rules();
    for fiscal_year in 2019..=2026 {
        assert!(rules.np_premium(fiscal_year).is_some(), "FY{fiscal_year}");
    }
    let grades = rules.grades("2026-11".parse().expect("month")).expect("grades");
    assert_eq!(grades.len(), 32);
    assert_eq!(grades.first().map(|g| g.standard), Some(88_000.into()));
    assert_eq!(grades.last().map(|g| g.standard), Some(650_000.into()));
    // Before September 2020 the top grade was 620,000.
    let grades = rules.grades("2020-08".parse().expect("month")).expect("grades");
    assert_eq!(grades.last().map(|g| g.standard), Some(620_000.into()));
}

#[test]
fn a_new_fiscal_year_is_one_line() {
    let text = real_text().replace(
        "    - { fiscal_year: 2026, yen: 17920,",
        "    - { fiscal_year: 2027, yen: 18000, source: { url: \"https://example.org\", as_of: \"2027\" } }\n    - { fiscal_year: 2026, yen: 17920,",
    );
    // Out of order, so the loader must refuse; in order it must accept.
    assert!(problems(&text).contains("fiscal_year 2026"));
    let text = format!(
        "{}\n",
        real_text().replace(
            "source: { url: \"https://www.city.chikugo.lg.jp/kurashi/_6082/_2165.html\", as_of: \"2026-01-27\" } }",
            "source: { url: \"https://www.city.chikugo.lg.jp/kurashi/_6082/_2165.html\", as_of: \"2026-01-27\" } }\n    - { fiscal_year: 2027, yen: 18000, source: { url: \"https://example.org\", as_of: \"2027\" } }",
        )
    );
    let rules = content::parse_rules("faq/rules.yaml", &text).expect("one more fiscal year loads");
    assert_eq!(rules.np_premium(2027), Some(18_000.into()));
}

#[test]
fn gaps_and_overlaps_in_date_ranges_are_named() {
    let gap = real_text().replace("{ from: 2016-09, until: 2017-08,", "{ from: 2016-10, until: 2017-08,");
    let text = problems(&gap);
    assert!(text.contains("employees_pension.premium_rates[1]") && text.contains("gap"), "{text}");

    let overlap = real_text().replace("{ from: 2021-04, months: 60,", "{ from: 2021-02, months: 60,");
    let text = problems(&overlap);
    assert!(text.contains("lump_sum.caps[1]") && text.contains("overlaps"), "{text}");
}

#[test]
fn every_problem_is_listed_not_just_the_first() {
    let broken = real_text()
        .replace(
            "{ grade: 17, standard: 260000, from_pay: 250000 }",
            "{ grade: 17, standard: 230000, from_pay: 250000 }",
        )
        .replace("{ fiscal_year: 2022,", "{ fiscal_year: 2023,")
        .replace("withholding_rate: \"0.2042\"", "withholding_rate: \"20.42\"");
    let text = problems(&broken);
    assert!(text.contains("grade 17"), "{text}");
    assert!(text.contains("fiscal_year 2023"), "{text}");
    assert!(text.contains("tax.withholding_rate"), "{text}");
}

#[test]
fn unreadable_values_and_unknown_fields_are_refused_with_the_place() {
    let bad_rate = real_text().replace("rate: \"0.183\"", "rate: \"18.3 percent\"");
    let text = problems(&bad_rate);
    assert!(text.starts_with("faq/rules.yaml:"), "{text}");
    let unknown = real_text().replace("  band_step: 6", "  band_step: 6\n  bnad_step: 6");
    let text = problems(&unknown);
    assert!(text.contains("bnad_step"), "{text}");
}
