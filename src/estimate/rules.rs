//! The pension rules as dated data (`faq/rules.yaml`): their shape, their validation, and the
//! lookups the calculation needs ("which premium applied then?").

use std::fmt;

use rust_decimal::Decimal;
use serde::Deserialize;

use super::month::YearMonth;

/// Every rule the estimate uses, validated.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    pub reviewed: String,
    pub national_pension: NationalPensionRules,
    pub employees_pension: EmployeesPensionRules,
    pub lump_sum: LumpSumRules,
    pub old_age_pension: OldAgeRules,
    pub tax: TaxRules,
    pub reminders: ReminderRules,
    pub claim_form: ClaimForm,
}

/// Where the Japan Pension Service offers the claim form, and in which languages.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimForm {
    pub url: String,
    /// Locales whose language has a bilingual form; the others are pointed to English.
    pub languages: Vec<String>,
    pub source: Source,
}

/// When the bot reminds a user (its own choices, not legal periods).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReminderRules {
    /// Months before the claim deadline, one reminder each.
    pub before_claim_deadline_months: Vec<u32>,
    /// Months after the claim was sent: time to check the decision notice arrived.
    pub decision_check_months: u32,
    /// Months before the last day for the tax-refund return.
    pub before_refund_limit_months: u32,
}

/// Where a value comes from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub url: String,
    pub as_of: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalPensionRules {
    pub monthly_premiums: Vec<FiscalYearPremium>,
    pub exemption_weights: ExemptionWeights,
}

/// The National Pension premium of one fiscal year.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FiscalYearPremium {
    pub fiscal_year: i32,
    pub yen: Decimal,
    pub source: Source,
}

/// How much of a partly exempt National Pension month counts towards the lump sum.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExemptionWeights {
    #[serde(with = "rust_decimal::serde::str")]
    pub quarter_exempt: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub half_exempt: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub three_quarter_exempt: Decimal,
    pub source: Source,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmployeesPensionRules {
    pub premium_rates: Vec<PremiumRate>,
    #[serde(with = "rust_decimal::serde::str")]
    pub pre_april_2003_multiplier: Decimal,
    pub pre_april_2003_multiplier_source: Source,
    pub standard_bonus_cap: Decimal,
    pub standard_bonus_rounding: Decimal,
    pub standard_bonus_source: Source,
    pub grades_from: YearMonth,
    pub grades_source: Source,
    pub grades: Vec<Grade>,
    pub grade_32_source: Source,
    pub announced_top_grades: Vec<AnnouncedGrade>,
}

/// The Employees' Pension premium rate in force over a range of months.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PremiumRate {
    pub from: YearMonth,
    pub until: Option<YearMonth>,
    #[serde(with = "rust_decimal::serde::str")]
    pub rate: Decimal,
    pub source: Source,
}

/// One grade: pay from `from_pay` up to the next grade's `from_pay` maps to `standard`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grade {
    pub grade: u32,
    pub standard: Decimal,
    pub from_pay: Decimal,
    /// The month the grade was added, when later than the table.
    pub since: Option<YearMonth>,
}

/// A top grade enacted for a future month whose pay boundaries are not yet known.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnnouncedGrade {
    pub from: YearMonth,
    pub standard: Decimal,
    pub source: Source,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LumpSumRules {
    pub band_step: u32,
    pub minimum_months: u32,
    pub caps: Vec<Cap>,
    pub claim_period_years: u32,
    pub claim_period_source: Source,
    pub announced_changes: Vec<AnnouncedChange>,
}

/// The most months one claim can count, for final months in a range.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cap {
    pub from: YearMonth,
    pub until: Option<YearMonth>,
    pub months: u32,
    pub source: Source,
}

/// A change enacted but not yet in force.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnnouncedChange {
    pub change: String,
    pub status: String,
    pub source: Source,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OldAgeRules {
    pub qualifying_months: u32,
    pub since: YearMonth,
    pub source: Source,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxRules {
    #[serde(with = "rust_decimal::serde::str")]
    pub withholding_rate: Decimal,
    pub withholding_source: Source,
    pub refund_return_years: u32,
    pub refund_return_source: Source,
    pub retirement_income_deduction: RetirementDeduction,
    #[serde(with = "rust_decimal::serde::str")]
    pub taxable_fraction: Decimal,
    pub short_service: ShortService,
    pub taxable_income_rounding: Decimal,
    pub tax_due_rounding: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub reconstruction_surtax: Decimal,
    pub income_tax_brackets: Vec<TaxBracket>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetirementDeduction {
    pub per_year: Decimal,
    pub minimum: Decimal,
    pub source: Source,
}

/// For short service the halving applies only up to an amount above the deduction.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShortService {
    pub max_years: u32,
    pub half_applies_up_to: Decimal,
}

/// Income tax = taxable × rate − minus, for taxable up to `up_to` (the last has no limit).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxBracket {
    pub up_to: Option<Decimal>,
    #[serde(with = "rust_decimal::serde::str")]
    pub rate: Decimal,
    pub minus: Decimal,
}

/// Every problem found in a rules file, each naming the entry at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct RulesError(pub Vec<String>);

impl fmt::Display for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.join("\n"))
    }
}

impl Rules {
    /// Checks what the types cannot: ranges without gaps or overlaps, ascending grades,
    /// consecutive fiscal years, whole yen, rates between 0 and 1.
    pub fn validate(&self) -> Result<(), RulesError> {
        let mut problems = Vec::new();
        let np = &self.national_pension;
        check_fiscal_years(&np.monthly_premiums, &mut problems);
        for (i, premium) in np.monthly_premiums.iter().enumerate() {
            check_yen(premium.yen, &format!("national_pension.monthly_premiums[{i}].yen"), &mut problems);
            check_source(&premium.source, &format!("national_pension.monthly_premiums[{i}]"), &mut problems);
        }
        let weights = &np.exemption_weights;
        for (name, weight) in [
            ("quarter_exempt", weights.quarter_exempt),
            ("half_exempt", weights.half_exempt),
            ("three_quarter_exempt", weights.three_quarter_exempt),
        ] {
            check_fraction(weight, &format!("national_pension.exemption_weights.{name}"), &mut problems);
        }

        let epi = &self.employees_pension;
        let rate_ranges: Vec<_> = epi.premium_rates.iter().map(|r| (r.from, r.until)).collect();
        check_ranges("employees_pension.premium_rates", &rate_ranges, &mut problems);
        for (i, rate) in epi.premium_rates.iter().enumerate() {
            check_fraction(rate.rate, &format!("employees_pension.premium_rates[{i}].rate"), &mut problems);
            check_source(&rate.source, &format!("employees_pension.premium_rates[{i}]"), &mut problems);
        }
        check_grades(epi, &mut problems);

        let lump = &self.lump_sum;
        if lump.band_step == 0 || lump.minimum_months == 0 {
            problems.push("lump_sum: band_step and minimum_months must be positive".to_owned());
        }
        let cap_ranges: Vec<_> = lump.caps.iter().map(|c| (c.from, c.until)).collect();
        check_ranges("lump_sum.caps", &cap_ranges, &mut problems);
        for (i, cap) in lump.caps.iter().enumerate() {
            if lump.band_step == 0 || cap.months % lump.band_step.max(1) != 0 || cap.months == 0 {
                problems.push(format!(
                    "lump_sum.caps[{i}] (from {}): months must be a positive multiple of band_step",
                    cap.from
                ));
            }
        }

        let tax = &self.tax;
        check_fraction(tax.withholding_rate, "tax.withholding_rate", &mut problems);
        check_fraction(tax.taxable_fraction, "tax.taxable_fraction", &mut problems);
        check_fraction(tax.reconstruction_surtax, "tax.reconstruction_surtax", &mut problems);
        let brackets = &tax.income_tax_brackets;
        for (i, bracket) in brackets.iter().enumerate() {
            check_fraction(bracket.rate, &format!("tax.income_tax_brackets[{i}].rate"), &mut problems);
            let is_last = i + 1 == brackets.len();
            if bracket.up_to.is_none() != is_last {
                problems.push(format!("tax.income_tax_brackets[{i}]: only the last bracket has no `up_to`"));
            }
        }
        for (i, pair) in brackets.windows(2).enumerate() {
            if let (Some(a), Some(b)) = (pair[0].up_to, pair[1].up_to)
                && b <= a
            {
                problems.push(format!("tax.income_tax_brackets[{}]: `up_to` must ascend", i + 1));
            }
        }
        if problems.is_empty() { Ok(()) } else { Err(RulesError(problems)) }
    }

    /// The National Pension monthly premium of a fiscal year, if known.
    #[must_use]
    pub fn np_premium(&self, fiscal_year: i32) -> Option<Decimal> {
        self.national_pension.monthly_premiums.iter().find(|p| p.fiscal_year == fiscal_year).map(|p| p.yen)
    }

    /// The Employees' Pension premium rate in force in a month, if known.
    #[must_use]
    pub fn epi_premium_rate(&self, month: YearMonth) -> Option<Decimal> {
        self.employees_pension
            .premium_rates
            .iter()
            .find(|r| r.from <= month && r.until.is_none_or(|until| month <= until))
            .map(|r| r.rate)
    }

    /// The most months a claim whose final (or last paid) month is `month` can count.
    #[must_use]
    pub fn cap(&self, month: YearMonth) -> Option<u32> {
        self.lump_sum
            .caps
            .iter()
            .find(|c| c.from <= month && c.until.is_none_or(|until| month <= until))
            .map(|c| c.months)
    }

    /// The standard monthly remuneration grades in force in a month, lowest first, if known.
    #[must_use]
    pub fn grades(&self, month: YearMonth) -> Option<&[Grade]> {
        let epi = &self.employees_pension;
        if month < epi.grades_from {
            return None;
        }
        let in_force = epi.grades.iter().take_while(|g| g.since.is_none_or(|since| since <= month)).count();
        (in_force > 0).then(|| &epi.grades[..in_force])
    }
}

fn check_fiscal_years(premiums: &[FiscalYearPremium], problems: &mut Vec<String>) {
    if premiums.is_empty() {
        problems.push("national_pension.monthly_premiums: at least one fiscal year is needed".to_owned());
    }
    for (i, pair) in premiums.windows(2).enumerate() {
        let (a, b) = (pair[0].fiscal_year, pair[1].fiscal_year);
        if b != a + 1 {
            let what = if b <= a { "repeats or goes back from" } else { "leaves a gap after" };
            problems.push(format!(
                "national_pension.monthly_premiums[{}] (fiscal_year {b}): {what} fiscal year {a}; years must follow each other",
                i + 1
            ));
        }
    }
}

/// Checks that ranges follow each other with no gap or overlap and only the last is open.
fn check_ranges(list: &str, ranges: &[(YearMonth, Option<YearMonth>)], problems: &mut Vec<String>) {
    if ranges.is_empty() {
        problems.push(format!("{list}: at least one entry is needed"));
    }
    for (i, (from, until)) in ranges.iter().enumerate() {
        match until {
            Some(until) if until < from => {
                problems.push(format!("{list}[{i}] (from {from}): `until` {until} is before `from`"));
            }
            None if i + 1 != ranges.len() => {
                problems.push(format!("{list}[{i}] (from {from}): only the newest entry may leave out `until`"));
            }
            _ => (),
        }
    }
    for (i, pair) in ranges.windows(2).enumerate() {
        let ((_, until), (next_from, _)) = (pair[0], pair[1]);
        let Some(until) = until else { continue };
        let expected = until.plus(1);
        if next_from > expected {
            problems
                .push(format!("{list}[{}] (from {next_from}): gap after {until}; expected `from: {expected}`", i + 1));
        } else if next_from < expected {
            problems.push(format!(
                "{list}[{}] (from {next_from}): overlaps the entry ending {until}; expected `from: {expected}`",
                i + 1
            ));
        }
    }
}

fn check_grades(epi: &EmployeesPensionRules, problems: &mut Vec<String>) {
    let at = "employees_pension.grades";
    if epi.grades.is_empty() {
        problems.push(format!("{at}: no grades"));
        return;
    }
    for (i, grade) in epi.grades.iter().enumerate() {
        let expected = u32::try_from(i + 1).unwrap_or(u32::MAX);
        if grade.grade != expected {
            problems.push(format!(
                "{at}, grade {}: grades must be numbered 1, 2, 3 … in order; expected {expected}",
                grade.grade
            ));
        }
        check_yen(grade.standard, &format!("{at}, grade {}: standard", grade.grade), problems);
        if grade.standard <= Decimal::ZERO {
            problems.push(format!("{at}, grade {}: standard must be positive", grade.grade));
        }
    }
    for pair in epi.grades.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if b.standard <= a.standard || b.from_pay <= a.from_pay {
            problems.push(format!(
                "{at}, grade {}: standard and from_pay must ascend (grade {} has {} from {}, grade {} has {} from {})",
                b.grade, a.grade, a.standard, a.from_pay, b.grade, b.standard, b.from_pay
            ));
        }
        // Grades are added at the top: a grade's `since` is never before the one below it.
        let since = |g: &Grade| g.since.unwrap_or(epi.grades_from);
        if since(b) < since(a) {
            problems.push(format!("{at}, grade {}: `since` {} is before that of grade {}", b.grade, since(b), a.grade));
        }
    }
    if epi.grades[0].since.is_some_and(|since| since != epi.grades_from) {
        problems.push(format!("{at}, grade 1: the lowest grade must hold from grades_from"));
    }
}

fn check_yen(amount: Decimal, at: &str, problems: &mut Vec<String>) {
    if !amount.fract().is_zero() || amount.is_sign_negative() {
        problems.push(format!("{at}: {amount} is not a whole, non-negative number of yen"));
    }
}

fn check_fraction(rate: Decimal, at: &str, problems: &mut Vec<String>) {
    if rate <= Decimal::ZERO || rate > Decimal::ONE {
        problems.push(format!("{at}: {rate} must be above 0 and at most 1"));
    }
}

fn check_source(source: &Source, at: &str, problems: &mut Vec<String>) {
    if !(source.url.starts_with("https://") || source.url.starts_with("http://")) {
        problems.push(format!("{at}.source: `{}` is not a URL", source.url));
    }
    if source.as_of.is_empty() {
        problems.push(format!("{at}.source: as_of is empty"));
    }
}
