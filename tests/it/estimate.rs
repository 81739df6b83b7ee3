//! The worked examples of pension-facts.md section 13 and the National Pension table of
//! section 3.4, through the public API.

use nenkin_bot::estimate::{
    Coverage, EarlierMonths, EmployeesInput, NationalInput, Pay, Reason, Request, Scheme, Warning, estimate,
    grade_for_pay, standard_bonus,
};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::helpers::{date, employees, month, national, quote, rules, today, yen};

/// (gross, tax withheld, net, refund) of an estimate, in yen.
fn amounts(e: &nenkin_bot::estimate::Estimate) -> (Decimal, Decimal, Decimal, Decimal) {
    (e.gross, e.tax_withheld, e.net, e.tax_refund_estimate)
}

#[test]
fn e1_35_months_band_30_rate_2_7() {
    let e = quote(&employees(35, "2025-03", Pay::StandardRemuneration(yen(250_000))));
    assert!(e.eligible);
    assert_eq!(e.band, 30);
    assert_eq!(e.rate, Some(dec!(2.7)));
    assert_eq!(e.premium_rate, Some(dec!(0.183)), "October 2023 rate");
    assert_eq!(amounts(&e), (yen(675_000), yen(137_835), yen(537_165), yen(137_835)));
}

#[test]
fn e2_trainee_36_months_rate_3_3() {
    let e = quote(&employees(36, "2026-03", Pay::StandardRemuneration(yen(220_000))));
    assert_eq!(e.rate, Some(dec!(3.3)));
    assert_eq!(amounts(&e), (yen(726_000), yen(148_249), yen(577_751), yen(148_249)));
}

#[test]
fn e2_variant_leaving_on_30_march_loses_march_and_a_band() {
    let request = Request {
        coverage: Coverage::Dates { first_day: date("2023-04-01"), last_day: date("2026-03-30") },
        ..employees(0, "2026-03", Pay::StandardRemuneration(yen(220_000)))
    };
    let e = quote(&request);
    assert_eq!(e.months_insured, 35);
    assert_eq!(e.final_month, month("2026-02"));
    assert_eq!(e.rate, Some(dec!(2.7)));
    assert_eq!((e.gross, e.tax_withheld, e.net), (yen(594_000), yen(121_294), yen(472_706)));
    assert!(
        e.warnings.contains(&Warning::BandLostByLeavingEarly { months_if_stayed: 36, gross_if_stayed: yen(726_000) }),
        "{:?}",
        e.warnings
    );

    let stayed = Request {
        coverage: Coverage::Dates { first_day: date("2023-04-01"), last_day: date("2026-03-31") },
        ..request
    };
    let e = quote(&stayed);
    assert_eq!((e.months_insured, e.final_month, e.gross), (36, month("2026-03"), yen(726_000)));
    assert!(!e.warnings.iter().any(|w| matches!(w, Warning::BandLostByLeavingEarly { .. })));
}

#[test]
fn leaving_early_without_losing_a_band_still_says_the_month_is_lost() {
    let request = Request {
        coverage: Coverage::Dates { first_day: date("2023-04-15"), last_day: date("2026-05-20") },
        ..employees(0, "2026-04", Pay::StandardRemuneration(yen(220_000)))
    };
    let e = quote(&request);
    // April 2023 counts (the month of joining); May 2026 does not (coverage ends 21 May).
    assert_eq!((e.months_insured, e.final_month), (37, month("2026-04")));
    assert!(e.warnings.contains(&Warning::LastMonthNotCounted { months_if_stayed: 38 }));
}

#[test]
fn e3_11_months_and_5_months() {
    let e = quote(&employees(11, "2026-05", Pay::StandardRemuneration(yen(200_000))));
    assert_eq!(e.rate, Some(dec!(0.5)));
    assert_eq!(amounts(&e), (yen(100_000), yen(20_420), yen(79_580), yen(20_420)));

    let e = quote(&employees(5, "2026-05", Pay::StandardRemuneration(yen(200_000))));
    assert!(!e.eligible);
    assert_eq!(e.reasons, vec![Reason::FewerThanMinimumMonths { minimum: 6 }]);
    assert_eq!(amounts(&e), (yen(0), yen(0), yen(0), yen(0)));
}

#[test]
fn e4_bonuses_raise_the_average() {
    let mut request = employees(24, "2026-08", Pay::StandardRemuneration(yen(240_000)));
    if let Scheme::Employees(input) = &mut request.scheme {
        input.standard_bonuses = yen(300_000) + yen(300_000);
    }
    let e = quote(&request);
    assert_eq!(e.average_remuneration, Some(yen(265_000)));
    assert_eq!(e.rate, Some(dec!(2.2)));
    assert_eq!(amounts(&e), (yen(583_000), yen(119_048), yen(463_952), yen(119_048)));
}

#[test]
fn e5_pay_above_the_top_grade_is_capped_and_the_refund_is_approximate() {
    let e = quote(&employees(48, "2026-10", Pay::MonthlySalary(yen(700_000))));
    assert_eq!(e.average_remuneration, Some(yen(650_000)));
    assert_eq!(e.rate, Some(dec!(4.4)));
    assert_eq!((e.gross, e.tax_withheld, e.net), (yen(2_860_000), yen(584_012), yen(2_275_988)));
    // The fact sheet gives "about 551,900" (tax due about 32,100).
    assert!((e.tax_refund_estimate - yen(551_900)).abs() <= yen(100), "{}", e.tax_refund_estimate);
    assert!(e.warnings.contains(&Warning::TaxRefundApproximate));
    assert!(e.warnings.contains(&Warning::PayAboveTopGrade { top: yen(650_000) }));
}

#[test]
fn e6_five_years_rate_5_5() {
    let e = quote(&employees(60, "2026-06", Pay::StandardRemuneration(yen(300_000))));
    assert_eq!(e.rate, Some(dec!(5.5)));
    assert_eq!(amounts(&e), (yen(1_650_000), yen(336_930), yen(1_313_070), yen(336_930)));
}

#[test]
fn e7_96_months_are_capped_at_60_and_still_eligible() {
    let e = quote(&employees(96, "2026-09", Pay::StandardRemuneration(yen(280_000))));
    assert!(e.eligible);
    assert_eq!((e.cap, e.band, e.rate), (60, 60, Some(dec!(5.5))));
    assert_eq!(amounts(&e), (yen(1_540_000), yen(314_468), yen(1_225_532), yen(314_468)));
    assert!(e.warnings.contains(&Warning::MonthsBeyondCap { cap: 60 }));
    assert!(e.warnings.contains(&Warning::RulesDueToChange));
}

#[test]
fn e8_old_36_month_cap_for_final_month_march_2021() {
    let e = quote(&employees(48, "2021-03", Pay::StandardRemuneration(yen(250_000))));
    assert_eq!((e.cap, e.band, e.rate), (36, 36, Some(dec!(3.3))));
    assert_eq!((e.gross, e.tax_withheld, e.net), (yen(825_000), yen(168_465), yen(656_535)));
    let e = quote(&employees(48, "2021-04", Pay::StandardRemuneration(yen(250_000))));
    assert_eq!((e.cap, e.band, e.rate), (60, 48, Some(dec!(4.4))));
}

#[test]
fn older_premium_rates_give_the_older_payment_rates() {
    // Final month January–August 2017: the October 2015 rate, 17.828%.
    let e = quote(&employees(24, "2017-05", Pay::StandardRemuneration(yen(200_000))));
    assert_eq!((e.premium_rate, e.rate), (Some(dec!(0.17828)), Some(dec!(2.1))));
    let e = quote(&employees(40, "2017-05", Pay::StandardRemuneration(yen(200_000))));
    assert_eq!(e.rate, Some(dec!(3.2)));
    // Final month September 2017: the October 2016 rate, 18.182%.
    let e = quote(&employees(36, "2017-09", Pay::StandardRemuneration(yen(200_000))));
    assert_eq!((e.premium_rate, e.rate), (Some(dec!(0.18182)), Some(dec!(3.3))));
}

#[test]
fn the_payment_rate_table_for_final_months_from_april_2021() {
    let table = [
        (6, "0.5"),
        (11, "0.5"),
        (12, "1.1"),
        (18, "1.6"),
        (24, "2.2"),
        (30, "2.7"),
        (36, "3.3"),
        (42, "3.8"),
        (48, "4.4"),
        (54, "4.9"),
        (59, "4.9"),
        (60, "5.5"),
        (119, "5.5"),
    ];
    for (months, rate) in table {
        let e = quote(&employees(months, "2026-03", Pay::StandardRemuneration(yen(100_000))));
        assert_eq!(e.rate, Some(rate.parse().expect("decimal")), "{months} months");
    }
}

#[test]
fn e9_national_pension_24_months_fy2025() {
    let e = quote(&national(24, "2025-11", NationalInput::default()));
    assert_eq!(e.monthly_premium, Some(yen(17_510)));
    assert_eq!(amounts(&e), (yen(210_120), yen(0), yen(210_120), yen(0)));
}

#[test]
fn e10_partial_exemptions_count_by_their_weight() {
    let half = NationalInput { half_exempt_months: 12, ..NationalInput::default() };
    let e = quote(&national(20, "2026-07", half));
    assert_eq!((e.months_counted, e.band, e.gross), (dec!(26), 24, yen(215_040)));

    let full = NationalInput { fully_exempt_months: 12, ..NationalInput::default() };
    let e = quote(&national(20, "2026-07", full));
    assert_eq!((e.months_counted, e.band, e.gross), (dec!(20), 18, yen(161_280)));
    assert_eq!(e.months_insured, 32);

    let e = quote(&national(6, "2024-12", NationalInput::default()));
    assert_eq!(e.gross, yen(50_940));

    let quarters =
        NationalInput { quarter_exempt_months: 4, three_quarter_exempt_months: 4, ..NationalInput::default() };
    let e = quote(&national(2, "2026-07", quarters));
    // 2 + 4 × ¾ + 4 × ¼ = 6 months: just eligible.
    assert_eq!((e.months_counted, e.band, e.gross), (dec!(6), 6, yen(53_760)));
}

#[test]
fn national_pension_table_of_section_3_4() {
    // One row per fiscal year: the amounts for 6, 12 … 60 months (– where the cap was 36).
    let rows: [(&str, [i64; 10]); 8] = [
        ("2019-10", [49_230, 98_460, 147_690, 196_920, 246_150, 295_380, 295_380, 295_380, 295_380, 295_380]),
        ("2020-10", [49_620, 99_240, 148_860, 198_480, 248_100, 297_720, 297_720, 297_720, 297_720, 297_720]),
        ("2021-10", [49_830, 99_660, 149_490, 199_320, 249_150, 298_980, 348_810, 398_640, 448_470, 498_300]),
        ("2022-10", [49_770, 99_540, 149_310, 199_080, 248_850, 298_620, 348_390, 398_160, 447_930, 497_700]),
        ("2023-10", [49_560, 99_120, 148_680, 198_240, 247_800, 297_360, 346_920, 396_480, 446_040, 495_600]),
        ("2024-10", [50_940, 101_880, 152_820, 203_760, 254_700, 305_640, 356_580, 407_520, 458_460, 509_400]),
        ("2025-10", [52_530, 105_060, 157_590, 210_120, 262_650, 315_180, 367_710, 420_240, 472_770, 525_300]),
        ("2026-10", [53_760, 107_520, 161_280, 215_040, 268_800, 322_560, 376_320, 430_080, 483_840, 537_600]),
    ];
    for (last_paid, amounts) in rows {
        for (column, expected) in amounts.into_iter().enumerate() {
            let lowest = 6 * (u32::try_from(column).expect("small") + 1);
            for months in [lowest, lowest + 5] {
                let e = quote(&national(months, last_paid, NationalInput::default()));
                assert_eq!(e.gross, yen(expected), "last paid {last_paid}, {months} months");
                assert_eq!(e.tax_withheld, yen(0), "the National Pension lump sum is not taxed");
            }
        }
    }
    // FY2020 ends in March 2021, still under the 36-month cap.
    let e = quote(&national(60, "2021-03", NationalInput::default()));
    assert_eq!((e.cap, e.gross), (36, yen(297_720)));
}

#[test]
fn pay_maps_to_its_standard_grade() {
    let cases = [
        (1, 88_000),
        (92_999, 88_000),
        (93_000, 98_000),
        (250_000, 260_000),
        (249_999, 240_000),
        (634_999, 620_000),
        (635_000, 650_000),
        (5_000_000, 650_000),
    ];
    for (pay, standard) in cases {
        let grade = grade_for_pay(rules(), month("2026-03"), yen(pay)).expect("grade");
        assert_eq!(grade.standard, yen(standard), "pay {pay}");
    }
    let e = quote(&employees(36, "2026-03", Pay::MonthlySalary(yen(250_000))));
    assert_eq!(e.average_remuneration, Some(yen(260_000)));
}

#[test]
fn a_payslip_premium_gives_the_standard_remuneration_it_came_from() {
    // 220,000 × 9.15% = 20,130; 260,000 × 9.15% = 23,790.
    for (premium, standard) in [(20_130, 220_000), (23_790, 260_000), (23_791, 260_000), (59_475, 650_000)] {
        let e = quote(&employees(36, "2026-03", Pay::PayslipPremium(yen(premium))));
        assert_eq!(e.average_remuneration, Some(yen(standard)), "premium {premium}");
    }
}

#[test]
fn a_known_standard_remuneration_is_used_as_is_up_to_the_top_grade() {
    let e = quote(&employees(36, "2026-03", Pay::StandardRemuneration(yen(255_555))));
    assert_eq!(e.average_remuneration, Some(yen(255_555)));
    let e = quote(&employees(36, "2026-03", Pay::StandardRemuneration(yen(900_000))));
    assert_eq!(e.average_remuneration, Some(yen(650_000)));
}

#[test]
fn standard_bonuses_are_rounded_down_and_capped_per_payment() {
    assert_eq!(standard_bonus(rules(), yen(300_999)), yen(300_000));
    assert_eq!(standard_bonus(rules(), yen(2_000_000)), yen(1_500_000));
}

#[test]
fn months_before_april_2003_count_times_1_3() {
    let request = Request {
        scheme: Scheme::Employees(EmployeesInput {
            pay: Pay::StandardRemuneration(yen(200_000)),
            standard_bonuses: Decimal::ZERO,
            before_april_2003: Some(EarlierMonths { months: 12, standard_remuneration: yen(200_000) }),
        }),
        ..employees(24, "2026-03", Pay::StandardRemuneration(yen(200_000)))
    };
    let e = quote(&request);
    // (12 × 200,000 × 1.3 + 12 × 200,000) / 24 = 230,000.
    assert_eq!(e.average_remuneration, Some(yen(230_000)));
    assert_eq!(e.gross, yen(506_000));
}

#[test]
fn at_120_months_the_old_age_pension_replaces_the_lump_sum() {
    let e = quote(&employees(120, "2026-03", Pay::StandardRemuneration(yen(200_000))));
    assert!(!e.eligible);
    assert_eq!(e.reasons, vec![Reason::QualifiesForOldAgePension { qualifying_months: 120 }]);
    assert_eq!(e.gross, yen(0));

    // National Pension: exempt months count towards the 10 years too.
    let exempt = NationalInput { fully_exempt_months: 60, ..NationalInput::default() };
    let e = quote(&national(60, "2026-03", exempt));
    assert!(!e.eligible);
}

#[test]
fn the_claim_deadline_is_two_years_after_leaving() {
    let request = Request {
        coverage: Coverage::Dates { first_day: date("2023-04-01"), last_day: date("2026-03-31") },
        departure: Some(date("2026-03-31")),
        ..employees(0, "2026-03", Pay::StandardRemuneration(yen(220_000)))
    };
    // Coverage ends 1 April 2026, after the departure: the 2 years count from then.
    let e = quote(&request);
    assert_eq!(e.claim_deadline, Some(date("2028-03-31")));
    assert!(e.eligible);

    // A later departure (address still in Japan) moves the start.
    let later = Request { departure: Some(date("2026-05-10")), ..request.clone() };
    assert_eq!(quote(&later).claim_deadline, Some(date("2028-05-09")));

    let e = estimate(rules(), &request, date("2028-04-01")).expect("valid");
    assert!(!e.eligible);
    assert_eq!(e.reasons, vec![Reason::ClaimPeriodExpired { deadline: date("2028-03-31") }]);
    assert_eq!(e.gross, yen(0));
    let e = estimate(rules(), &request, date("2028-03-31")).expect("valid");
    assert!(e.eligible, "the last day is still in time");
}

#[test]
fn every_estimate_warns_that_the_lump_sum_erases_earlier_coverage() {
    for request in [
        employees(36, "2026-03", Pay::StandardRemuneration(yen(220_000))),
        national(24, "2025-11", NationalInput::default()),
    ] {
        let e = quote(&request);
        assert_eq!(e.warnings.first(), Some(&Warning::ErasesCoverage));
        assert!(e.warnings.contains(&Warning::RulesDueToChange));
    }
}

#[test]
fn inputs_without_a_rule_are_errors_not_guesses() {
    use nenkin_bot::estimate::InputError;
    let e = estimate(rules(), &national(24, "2027-04", NationalInput::default()), today());
    assert_eq!(e, Err(InputError::NoNationalPremium(2027)));
    let e = estimate(rules(), &employees(24, "2010-03", Pay::StandardRemuneration(yen(200_000))), today());
    assert!(matches!(e, Err(InputError::NoPremiumRate(_))), "{e:?}");
    let bad_dates = Request {
        coverage: Coverage::Dates { first_day: date("2026-03-31"), last_day: date("2026-03-01") },
        ..employees(0, "2026-03", Pay::StandardRemuneration(yen(220_000)))
    };
    assert_eq!(estimate(rules(), &bad_dates, today()), Err(InputError::LastDayBeforeFirstDay));
    let zero_pay = employees(36, "2026-03", Pay::MonthlySalary(yen(0)));
    assert_eq!(estimate(rules(), &zero_pay, today()), Err(InputError::AmountNotPositive));
}
