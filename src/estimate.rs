//! The Lump-Sum Withdrawal Payment (脱退一時金) estimate, computed the way the Japan Pension
//! Service computes it.
//!
//! Owns every money calculation: months and bands, payment rates, average remuneration, the
//! National Pension amount, tax withheld and the refund estimate, eligibility and warnings.
//! Pure: rules come in as a [`Rules`] value, today's date as an argument; no I/O, no clock,
//! nothing of Telegram, Fluent or storage. Money is `Decimal` throughout and is rounded only
//! in [`money`].

pub mod money;
mod month;
mod rules;
mod tax;

use chrono::{Months, NaiveDate};
use rust_decimal::{Decimal, prelude::ToPrimitive};
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

pub use month::{YearMonth, YearMonthError};
pub use rules::{Grade, Rules, RulesError, Source};

/// The most months of coverage an input may state (50 years).
pub const MAX_MONTHS: u32 = 600;
/// The largest monthly amount (pay, remuneration, premium) an input may state, in yen.
pub const MAX_MONTHLY_YEN: Decimal = dec!(100_000_000);
/// The largest total of standard bonuses an input may state, in yen.
pub const MAX_BONUS_TOTAL_YEN: Decimal = dec!(10_000_000_000);

/// Which public pension the lump sum comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pension {
    /// Employees' Pension Insurance (厚生年金保険).
    Employees,
    /// National Pension (国民年金), paid as a Category 1 insured person.
    National,
}

/// How long the person was covered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Coverage {
    /// A number of months ending with the final month (Employees' Pension) or the last paid
    /// month (National Pension: the fully paid months).
    Months { months: u32, final_month: YearMonth },
    /// The first day of work and the last working day; months are counted from them.
    Dates { first_day: NaiveDate, last_day: NaiveDate },
}

/// What the person knows about their Employees' Pension pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Pay {
    /// Monthly pay (base pay with allowances and overtime), mapped to its standard grade.
    MonthlySalary(Decimal),
    /// The standard monthly remuneration (標準報酬月額), used as is up to the top grade.
    StandardRemuneration(Decimal),
    /// The employee's pension premium on a payslip (厚生年金保険料), turned into the standard
    /// monthly remuneration through half the premium rate.
    PayslipPremium(Decimal),
}

/// Months before April 2003, which count with their standard remuneration × 1.3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarlierMonths {
    pub months: u32,
    pub standard_remuneration: Decimal,
}

/// Inputs specific to the Employees' Pension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployeesInput {
    /// Pay for the months from April 2003 on.
    pub pay: Pay,
    /// The sum of all standard bonuses over the period (see [`standard_bonus`]).
    pub standard_bonuses: Decimal,
    /// Months before April 2003 (part of the coverage months), if any.
    pub before_april_2003: Option<EarlierMonths>,
}

/// National Pension months that were partly or fully exempt, besides the fully paid ones.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NationalInput {
    /// Months with a ¼ exemption (¾ paid): count ¾.
    pub quarter_exempt_months: u32,
    /// Months with a ½ exemption: count ½.
    pub half_exempt_months: u32,
    /// Months with a ¾ exemption (¼ paid): count ¼.
    pub three_quarter_exempt_months: u32,
    /// Fully exempt or student-deferred months: count nothing for the lump sum, but count
    /// towards the 10-year old-age test.
    pub fully_exempt_months: u32,
}

/// The pension and its specific inputs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scheme {
    Employees(EmployeesInput),
    National(NationalInput),
}

/// Everything one estimate needs besides the rules and today's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub coverage: Coverage,
    pub scheme: Scheme,
    /// The day the person left Japan (no longer had an address there), if known.
    pub departure: Option<NaiveDate>,
}

/// Why nothing is payable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reason {
    /// Fewer than the minimum 6 months count.
    FewerThanMinimumMonths { minimum: u32 },
    /// 120 months or more: entitled to an old-age pension instead of the lump sum.
    QualifiesForOldAgePension { qualifying_months: u32 },
    /// The 2-year claim period ended on `deadline`.
    ClaimPeriodExpired { deadline: NaiveDate },
}

impl Reason {
    /// The stable code of the reason (command line JSON, message ids).
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::FewerThanMinimumMonths { .. } => "fewer-than-6-months",
            Self::QualifiesForOldAgePension { .. } => "qualifies-for-old-age-pension",
            Self::ClaimPeriodExpired { .. } => "claim-period-expired",
        }
    }
}

/// Something the person should know before claiming.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Warning {
    /// Receiving the lump sum erases all coverage before the claim (always given).
    ErasesCoverage,
    /// Leaving before the last day of the month lost that month, though not a band.
    LastMonthNotCounted { months_if_stayed: u32 },
    /// Leaving before the last day of the month lost that month and a band.
    BandLostByLeavingEarly { months_if_stayed: u32, gross_if_stayed: Decimal },
    /// More months than the cap: the extra months add nothing.
    MonthsBeyondCap { cap: u32 },
    /// Monthly pay above the top grade: the top grade is used.
    PayAboveTopGrade { top: Decimal },
    /// The 2025 reform (96-month cap, re-entry-permit rule) is enacted, start dates not set.
    RulesDueToChange,
    /// Part of the lump sum is taxable: the refund estimate rests on general tax rules.
    TaxRefundApproximate,
}

impl Warning {
    /// The stable code of the warning (command line JSON, message ids).
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::ErasesCoverage => "erases-earlier-coverage",
            Self::LastMonthNotCounted { .. } => "last-month-not-counted",
            Self::BandLostByLeavingEarly { .. } => "band-lost-by-leaving-early",
            Self::MonthsBeyondCap { .. } => "months-beyond-cap",
            Self::PayAboveTopGrade { .. } => "pay-above-top-grade",
            Self::RulesDueToChange => "rules-due-to-change",
            Self::TaxRefundApproximate => "tax-refund-approximate",
        }
    }
}

/// One lump-sum estimate with how it was reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Estimate {
    pub pension: Pension,
    pub eligible: bool,
    pub reasons: Vec<Reason>,
    /// All months of coverage stated (National Pension: paid and exempt months).
    pub months_insured: u32,
    /// Months that count (National Pension: partly exempt months weighted).
    pub months_counted: Decimal,
    /// The number for the band (6, 12 … up to the cap); 0 below the minimum.
    pub band: u32,
    pub cap: u32,
    /// Final insured month (Employees' Pension) or last paid month (National Pension).
    pub final_month: YearMonth,
    /// The payment rate (Employees' Pension).
    pub rate: Option<Decimal>,
    /// The premium rate the payment rate was derived from (Employees' Pension).
    pub premium_rate: Option<Decimal>,
    /// The average standard remuneration (Employees' Pension).
    pub average_remuneration: Option<Decimal>,
    /// The monthly premium the amount was derived from (National Pension).
    pub monthly_premium: Option<Decimal>,
    pub gross: Decimal,
    pub tax_withheld: Decimal,
    pub net: Decimal,
    /// What the retirement-income tax return should give back (an estimate).
    pub tax_refund_estimate: Decimal,
    /// The last day to claim, when a departure date is known.
    pub claim_deadline: Option<NaiveDate>,
    pub warnings: Vec<Warning>,
}

/// An input the estimate cannot use, with what was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    #[error("months must be at most {MAX_MONTHS}")]
    TooManyMonths,
    #[error("the last working day is before the first day of work")]
    LastDayBeforeFirstDay,
    #[error("the amount must be more than 0 yen")]
    AmountNotPositive,
    #[error("the amount is too large (at most {MAX_MONTHLY_YEN} yen a month)")]
    AmountTooLarge,
    #[error("bonuses must be between 0 and {MAX_BONUS_TOTAL_YEN} yen")]
    BonusesOutOfRange,
    #[error("months before April 2003 cannot exceed the months of coverage")]
    EarlierMonthsExceedCoverage,
    #[error("no Employees' Pension premium rate is known for {0}")]
    NoPremiumRate(YearMonth),
    #[error("no National Pension premium is known for fiscal year {0}")]
    NoNationalPremium(i32),
    #[error("no lump-sum cap is known for final month {0}")]
    NoCap(YearMonth),
    #[error("no standard remuneration grades are known for {0}")]
    NoGradeTable(YearMonth),
}

/// Computes one estimate. `today` decides whether the claim period has ended.
pub fn estimate(rules: &Rules, request: &Request, today: NaiveDate) -> Result<Estimate, InputError> {
    let period = Period::of(&request.coverage)?;
    let mut estimate = amount(rules, &period, &request.scheme)?;
    if let Some(months_if_stayed) = period.months_if_stayed {
        let stayed = Coverage::Months { months: months_if_stayed, final_month: period.final_month.plus(1) };
        let stayed = amount(rules, &Period::of(&stayed)?, &request.scheme)?;
        estimate.warnings.push(if stayed.band > estimate.band {
            Warning::BandLostByLeavingEarly { months_if_stayed, gross_if_stayed: stayed.gross }
        } else {
            Warning::LastMonthNotCounted { months_if_stayed }
        });
    }
    if let Some(departure) = request.departure {
        let deadline = claim_deadline(rules, period.loss_date.max(departure));
        estimate.claim_deadline = Some(deadline);
        if today > deadline {
            estimate.reasons.push(Reason::ClaimPeriodExpired { deadline });
        }
    }
    if !estimate.reasons.is_empty() {
        estimate.eligible = false;
        estimate.gross = Decimal::ZERO;
        estimate.tax_withheld = Decimal::ZERO;
        estimate.net = Decimal::ZERO;
        estimate.tax_refund_estimate = Decimal::ZERO;
        estimate.warnings.retain(|w| !matches!(w, Warning::TaxRefundApproximate));
    }
    Ok(estimate)
}

/// The amount, band and warnings of one pension for a period, before the claim deadline.
fn amount(rules: &Rules, period: &Period, scheme: &Scheme) -> Result<Estimate, InputError> {
    match scheme {
        Scheme::Employees(input) => employees(rules, period, input),
        Scheme::National(input) => national(rules, period, input),
    }
}

/// The standard bonus for one bonus payment: rounded down to 1,000 yen, capped per payment.
#[must_use]
pub fn standard_bonus(rules: &Rules, paid: Decimal) -> Decimal {
    let epi = &rules.employees_pension;
    money::round_down_to(paid.max(Decimal::ZERO), epi.standard_bonus_rounding).min(epi.standard_bonus_cap)
}

/// The standard monthly remuneration grade that monthly pay falls in during `month`.
pub fn grade_for_pay(rules: &Rules, month: YearMonth, pay: Decimal) -> Result<&Grade, InputError> {
    let grades = rules.grades(month).ok_or(InputError::NoGradeTable(month))?;
    grades.iter().rev().find(|g| g.from_pay <= pay).or_else(|| grades.first()).ok_or(InputError::NoGradeTable(month))
}

/// The coverage period as the Japan Pension Service counts it.
struct Period {
    months: u32,
    final_month: YearMonth,
    /// The day coverage was lost (the day after the last working day), or the earliest
    /// possible such day when only the final month is known.
    loss_date: NaiveDate,
    /// The months that would have counted had the person worked to the end of the month.
    months_if_stayed: Option<u32>,
}

impl Period {
    fn of(coverage: &Coverage) -> Result<Self, InputError> {
        let period = match *coverage {
            Coverage::Months { months, final_month } => {
                Self { months, final_month, loss_date: final_month.plus(1).first_day(), months_if_stayed: None }
            }
            Coverage::Dates { first_day, last_day } => {
                if last_day < first_day {
                    return Err(InputError::LastDayBeforeFirstDay);
                }
                // Coverage ends the day after the last working day; the month containing that
                // day does not count, so the final month is the one before it.
                let loss_date = last_day.succ_opt().unwrap_or(last_day);
                let final_month = YearMonth::of(loss_date).plus(-1);
                let first_month = YearMonth::of(first_day);
                let mut months = first_month.months_through(final_month);
                if months == 0 && first_month == YearMonth::of(loss_date) {
                    // Joining and leaving within one month still counts that month.
                    months = 1;
                }
                let left_mid_month = YearMonth::of(loss_date) == YearMonth::of(last_day);
                let months_if_stayed = (left_mid_month && months > 0 && first_month <= YearMonth::of(last_day))
                    .then(|| first_month.months_through(YearMonth::of(last_day)))
                    .filter(|&stayed| stayed > months);
                Self { months, final_month, loss_date, months_if_stayed }
            }
        };
        if period.months > MAX_MONTHS {
            return Err(InputError::TooManyMonths);
        }
        Ok(period)
    }
}

fn employees(rules: &Rules, period: &Period, input: &EmployeesInput) -> Result<Estimate, InputError> {
    let final_month = period.final_month;
    let cap = rules.cap(final_month).ok_or(InputError::NoCap(final_month))?;
    let mut warnings = vec![Warning::ErasesCoverage];

    // The October premium rate of the year before the final month, or of two years before
    // for final months in January to August.
    let years_back = if final_month.month() <= 8 { 2 } else { 1 };
    let october = YearMonth::new(final_month.year() - years_back, 10).ok_or(InputError::NoPremiumRate(final_month))?;
    let premium_rate = rules.epi_premium_rate(october).ok_or(InputError::NoPremiumRate(october))?;

    let standard = standard_remuneration(rules, final_month, input.pay, &mut warnings)?;
    let bonuses = input.standard_bonuses;
    if bonuses.is_sign_negative() || bonuses > MAX_BONUS_TOTAL_YEN {
        return Err(InputError::BonusesOutOfRange);
    }
    let (earlier_months, earlier_total) = match input.before_april_2003 {
        None => (0, Decimal::ZERO),
        Some(earlier) => {
            check_monthly_amount(earlier.standard_remuneration)?;
            if earlier.months > period.months {
                return Err(InputError::EarlierMonthsExceedCoverage);
            }
            let multiplier = rules.employees_pension.pre_april_2003_multiplier;
            let standard = earlier.standard_remuneration.min(top_grade(rules, final_month)?);
            (earlier.months, standard * multiplier * Decimal::from(earlier.months))
        }
    };
    let later_months = Decimal::from(period.months - earlier_months);
    let average = if period.months == 0 || (bonuses.is_zero() && earlier_months == 0) {
        // Every month at the same standard: the average is that standard (and no division).
        standard
    } else {
        (standard * later_months + earlier_total + bonuses) / Decimal::from(period.months)
    };

    let (band, counted) = band(rules, Decimal::from(period.months), cap);
    if period.months > cap {
        warnings.push(Warning::MonthsBeyondCap { cap });
    }
    warnings.push(Warning::RulesDueToChange);
    let rate = money::round_payment_rate(premium_rate * dec!(0.5) * Decimal::from(band));
    let gross = money::round_benefit(average * rate);
    let tax_withheld = money::round_withholding(gross * rules.tax.withholding_rate);
    let refund = tax::refund_estimate(&rules.tax, gross, tax_withheld, counted);
    if refund.approximate {
        warnings.push(Warning::TaxRefundApproximate);
    }
    Ok(Estimate {
        pension: Pension::Employees,
        eligible: true,
        reasons: reasons(rules, period.months, Decimal::from(period.months)),
        months_insured: period.months,
        months_counted: Decimal::from(period.months),
        band,
        cap,
        final_month,
        rate: Some(rate),
        premium_rate: Some(premium_rate),
        average_remuneration: Some(average),
        monthly_premium: None,
        gross,
        tax_withheld,
        net: gross - tax_withheld,
        tax_refund_estimate: refund.amount,
        claim_deadline: None,
        warnings,
    })
}

fn national(rules: &Rules, period: &Period, input: &NationalInput) -> Result<Estimate, InputError> {
    let final_month = period.final_month;
    let cap = rules.cap(final_month).ok_or(InputError::NoCap(final_month))?;
    let fiscal_year = final_month.fiscal_year();
    let premium = rules.np_premium(fiscal_year).ok_or(InputError::NoNationalPremium(fiscal_year))?;
    let weights = &rules.national_pension.exemption_weights;
    let months_insured = [
        input.quarter_exempt_months,
        input.half_exempt_months,
        input.three_quarter_exempt_months,
        input.fully_exempt_months,
    ]
    .iter()
    .try_fold(period.months, |sum, &m| sum.checked_add(m).filter(|&s| s <= MAX_MONTHS))
    .ok_or(InputError::TooManyMonths)?;
    let counted = Decimal::from(period.months)
        + weights.quarter_exempt * Decimal::from(input.quarter_exempt_months)
        + weights.half_exempt * Decimal::from(input.half_exempt_months)
        + weights.three_quarter_exempt * Decimal::from(input.three_quarter_exempt_months);

    let mut warnings = vec![Warning::ErasesCoverage];
    let (band, _) = band(rules, counted, cap);
    if counted > Decimal::from(cap) {
        warnings.push(Warning::MonthsBeyondCap { cap });
    }
    warnings.push(Warning::RulesDueToChange);
    let gross = money::round_benefit(premium * dec!(0.5) * Decimal::from(band));
    Ok(Estimate {
        pension: Pension::National,
        eligible: true,
        reasons: reasons(rules, months_insured, counted),
        months_insured,
        months_counted: counted.normalize(),
        band,
        cap,
        final_month,
        rate: None,
        premium_rate: None,
        average_remuneration: None,
        monthly_premium: Some(premium),
        gross,
        tax_withheld: Decimal::ZERO,
        net: gross,
        tax_refund_estimate: Decimal::ZERO,
        claim_deadline: None,
        warnings,
    })
}

/// The number for the band and the whole months counted under the cap.
fn band(rules: &Rules, counted: Decimal, cap: u32) -> (u32, u32) {
    let step = rules.lump_sum.band_step.max(1);
    let whole = counted.floor().to_u32().unwrap_or(u32::MAX);
    let capped = whole.min(cap);
    if capped < rules.lump_sum.minimum_months {
        return (0, capped);
    }
    (capped / step * step, capped)
}

fn reasons(rules: &Rules, months_insured: u32, counted: Decimal) -> Vec<Reason> {
    let mut reasons = Vec::new();
    let minimum = rules.lump_sum.minimum_months;
    if counted < Decimal::from(minimum) {
        reasons.push(Reason::FewerThanMinimumMonths { minimum });
    }
    let qualifying_months = rules.old_age_pension.qualifying_months;
    if months_insured >= qualifying_months {
        reasons.push(Reason::QualifiesForOldAgePension { qualifying_months });
    }
    reasons
}

fn standard_remuneration(
    rules: &Rules,
    month: YearMonth,
    pay: Pay,
    warnings: &mut Vec<Warning>,
) -> Result<Decimal, InputError> {
    let top = top_grade(rules, month)?;
    match pay {
        Pay::MonthlySalary(salary) => {
            check_monthly_amount(salary)?;
            if salary > top {
                warnings.push(Warning::PayAboveTopGrade { top });
            }
            Ok(grade_for_pay(rules, month, salary)?.standard)
        }
        Pay::StandardRemuneration(standard) => {
            check_monthly_amount(standard)?;
            Ok(standard.min(top))
        }
        Pay::PayslipPremium(premium) => {
            check_monthly_amount(premium)?;
            let rate = rules.epi_premium_rate(month).ok_or(InputError::NoPremiumRate(month))?;
            let implied = premium / (rate * dec!(0.5));
            let grades = rules.grades(month).ok_or(InputError::NoGradeTable(month))?;
            // A payslip premium is the grade × the employee's half of the rate, rounded by the
            // employer: the nearest grade is the one it was computed from.
            grades
                .iter()
                .min_by_key(|g| (g.standard - implied).abs())
                .map(|g| g.standard)
                .ok_or(InputError::NoGradeTable(month))
        }
    }
}

fn top_grade(rules: &Rules, month: YearMonth) -> Result<Decimal, InputError> {
    rules.grades(month).and_then(<[Grade]>::last).map(|g| g.standard).ok_or(InputError::NoGradeTable(month))
}

fn check_monthly_amount(amount: Decimal) -> Result<(), InputError> {
    if amount <= Decimal::ZERO {
        Err(InputError::AmountNotPositive)
    } else if amount > MAX_MONTHLY_YEN {
        Err(InputError::AmountTooLarge)
    } else {
        Ok(())
    }
}

/// The last day a claim is in time: the claim period counted from `start`, the day coverage
/// ended or, if later, the day the person no longer had an address in Japan.
#[must_use]
pub fn claim_deadline(rules: &Rules, start: NaiveDate) -> NaiveDate {
    let months = Months::new(rules.lump_sum.claim_period_years.saturating_mul(12));
    // The day before the anniversary: a conservative reading, so nobody is told a day too late.
    start.checked_add_months(months).and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MAX)
}
