//! Money and percentages as exact integers.

use std::fmt;
use std::str::FromStr;

/// The currencies the sources report in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Currency {
    /// Renminbi yuan.
    Cny,
    /// US dollar.
    Usd,
    /// Hong Kong dollar.
    Hkd,
}

impl Currency {
    /// All currencies, in display order.
    pub const ALL: [Currency; 3] = [Currency::Cny, Currency::Usd, Currency::Hkd];

    /// The ISO 4217 code.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Cny => "CNY",
            Currency::Usd => "USD",
            Currency::Hkd => "HKD",
        }
    }
}

impl FromStr for Currency {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Currency::ALL.into_iter().find(|c| c.code() == s).ok_or(())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An amount of money in whole units of its currency (yuan, dollars).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Money {
    /// Whole units (e.g. 7_000_000_000 for 70 亿元).
    pub amount: u64,
    /// The currency.
    pub currency: Currency,
}

/// One 亿 (hundred million), the unit Chinese reports use for investment.
pub const YI: u64 = 100_000_000;

/// The largest amount the validator accepts: 100 trillion units (10^14), about China's annual GDP.
/// Anything larger is a typing error (an extra zero or two), not a project.
pub const MAX_PLAUSIBLE_AMOUNT: u64 = 100_000_000_000_000;

impl Money {
    /// An amount in yuan.
    pub fn cny(amount: u64) -> Money {
        Money {
            amount,
            currency: Currency::Cny,
        }
    }

    /// The amount in 亿 (hundred millions) of its currency, for display and range filters.
    pub fn in_yi(self) -> f64 {
        self.amount as f64 / YI as f64
    }
}

/// A percentage to two decimal places, stored in hundredths of a percent (22.52 % → 2252).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Percent(pub i32);

impl Percent {
    /// From a percentage as the data writes it (e.g. `22.52`), if it has at most two decimals.
    pub fn from_number(value: f64) -> Option<Percent> {
        let hundredths = (value * 100.0).round();
        let exact = ((value * 100.0) - hundredths).abs() < 1e-6;
        (value.is_finite() && exact && hundredths.abs() <= 1e9)
            .then_some(Percent(hundredths as i32))
    }

    /// The value as a number of percent.
    pub fn as_f64(self) -> f64 {
        f64::from(self.0) / 100.0
    }
}

impl fmt::Display for Percent {
    /// `22.52`, `28`, `-3.5` (no trailing zeros, no sign for positives).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let (whole, frac) = (abs / 100, abs % 100);
        match frac {
            0 => write!(f, "{sign}{whole}"),
            f2 if f2 % 10 == 0 => write!(f, "{sign}{whole}.{}", f2 / 10),
            f2 => write!(f, "{sign}{whole}.{f2:02}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_from_numbers() {
        assert_eq!(Percent::from_number(22.52), Some(Percent(2252)));
        assert_eq!(Percent::from_number(28.0), Some(Percent(2800)));
        assert_eq!(Percent::from_number(-3.5), Some(Percent(-350)));
        assert_eq!(Percent::from_number(1.234), None);
        assert_eq!(Percent::from_number(f64::NAN), None);
        assert_eq!(Percent::from_number(f64::INFINITY), None);
    }

    #[test]
    fn percent_display() {
        let shown: Vec<String> = [2252, 2800, -350, 5, 1590]
            .map(|p| Percent(p).to_string())
            .into();
        assert_eq!(shown, ["22.52", "28", "-3.5", "0.05", "15.9"]);
    }

    #[test]
    fn currency_codes() {
        for c in Currency::ALL {
            assert_eq!(c.code().parse::<Currency>(), Ok(c));
        }
        assert!("RMB".parse::<Currency>().is_err());
        assert_eq!(Money::cny(7 * YI).in_yi(), 7.0);
    }
}
