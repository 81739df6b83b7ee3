//! The refund estimate for the tax withheld from the Employees' Pension lump sum: the lump sum
//! is retirement income, and a non-resident who files the return for selective taxation gets
//! back what was withheld above the tax a resident would owe.

use rust_decimal::Decimal;

use super::money::round_down_to;
use super::rules::TaxRules;

/// What the return should give back, and whether that rests on general tax rules our sources
/// do not quote (true as soon as any part of the lump sum is taxable).
pub struct Refund {
    pub amount: Decimal,
    pub approximate: bool,
}

/// The refund for a lump sum `gross` from which `withheld` was taken, for `months` of service.
pub fn refund_estimate(rules: &TaxRules, gross: Decimal, withheld: Decimal, months: u32) -> Refund {
    // Years of service are whole years, a part year counting as one.
    let years = months.div_ceil(12);
    let deduction = rules.retirement_income_deduction.per_year * Decimal::from(years);
    let deduction = deduction.max(rules.retirement_income_deduction.minimum);
    let above = (gross - deduction).max(Decimal::ZERO);
    if above.is_zero() {
        return Refund { amount: withheld, approximate: false };
    }
    let limit = rules.short_service.half_applies_up_to;
    let halved = if years <= rules.short_service.max_years && above > limit {
        limit * rules.taxable_fraction + (above - limit)
    } else {
        above * rules.taxable_fraction
    };
    let taxable = round_down_to(halved, rules.taxable_income_rounding);
    let income_tax = rules
        .income_tax_brackets
        .iter()
        .find(|b| b.up_to.is_none_or(|up_to| taxable <= up_to))
        .map_or(Decimal::ZERO, |b| (taxable * b.rate - b.minus).max(Decimal::ZERO));
    let due = round_down_to(income_tax * (Decimal::ONE + rules.reconstruction_surtax), rules.tax_due_rounding);
    Refund { amount: (withheld - due).max(Decimal::ZERO), approximate: true }
}
