//! Rounding of money: the one place where a yen amount loses digits, each rule named after
//! the law or practice it follows.

use rust_decimal::{Decimal, RoundingStrategy};

/// The payment rate: premium rate × ½ × band number, rounded half-up to one decimal
/// (Employees' Pension Insurance Act, supplementary provisions art. 29).
#[must_use]
pub fn round_payment_rate(rate: Decimal) -> Decimal {
    rate.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero)
}

/// A benefit amount in whole yen: fractions of a yen are dropped, as the law on fractions in
/// public payments does (whether the Japan Pension Service rounds the lump sum this way is not
/// confirmed; for grade amounts × one-decimal rates there is no fraction to drop).
#[must_use]
pub fn round_benefit(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(0, RoundingStrategy::ToZero)
}

/// Tax withheld at source, in whole yen, fractions dropped.
#[must_use]
pub fn round_withholding(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(0, RoundingStrategy::ToZero)
}

/// Rounds down to a multiple of `unit` (taxable income to 1,000 yen, tax due to 100 yen,
/// standard bonuses to 1,000 yen).
#[must_use]
pub fn round_down_to(amount: Decimal, unit: Decimal) -> Decimal {
    if unit <= Decimal::ZERO {
        return amount;
    }
    (amount / unit).round_dp_with_strategy(0, RoundingStrategy::ToZero) * unit
}

#[cfg(test)]
mod tests {
    use rust_decimal_macros::dec;

    use super::*;

    #[test]
    fn payment_rate_rounds_half_up_to_one_decimal() {
        assert_eq!(round_payment_rate(dec!(2.745)), dec!(2.7));
        assert_eq!(round_payment_rate(dec!(5.49)), dec!(5.5));
        assert_eq!(round_payment_rate(dec!(3.294)), dec!(3.3));
        assert_eq!(round_payment_rate(dec!(0.549)), dec!(0.5));
        assert_eq!(round_payment_rate(dec!(2.25)), dec!(2.3));
    }

    #[test]
    fn yen_amounts_drop_fractions() {
        assert_eq!(round_withholding(dec!(148249.2)), dec!(148249));
        assert_eq!(round_benefit(dec!(583271.99)), dec!(583271));
        assert_eq!(round_down_to(dec!(32161.5), dec!(100)), dec!(32100));
        assert_eq!(round_down_to(dec!(630999), dec!(1000)), dec!(630000));
    }
}
