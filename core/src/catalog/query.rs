//! The catalog's settings that go into the URL: amount bounds, unknown amounts, sort, page size.

use std::fmt;
use std::str::FromStr;

use crate::money::YI;

/// A bound of the investment range, in whole yuan; written in URLs in 亿 (hundred million)
/// with up to two decimals: `min=0.5` is 50,000,000 yuan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AmountBound(pub u64);

/// Hundredths of a 亿: the finest step a bound can have.
const STEP: u64 = YI / 100;

impl AmountBound {
    /// A bound of `hundredths` / 100 亿.
    pub fn from_hundredths_of_yi(hundredths: u64) -> AmountBound {
        AmountBound(hundredths.saturating_mul(STEP))
    }

    /// The bound in hundredths of a 亿 (rounded down).
    pub fn hundredths_of_yi(self) -> u64 {
        self.0 / STEP
    }
}

impl fmt::Display for AmountBound {
    /// `5`, `0.5`, `12.25` (in 亿, no trailing zeros).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let h = self.hundredths_of_yi();
        match h % 100 {
            0 => write!(f, "{}", h / 100),
            c if c % 10 == 0 => write!(f, "{}.{}", h / 100, c / 10),
            c => write!(f, "{}.{c:02}", h / 100),
        }
    }
}

impl FromStr for AmountBound {
    type Err = ();
    /// Reads `5`, `0.5`, `12.25`, `.5` (亿); refuses more than two decimals, signs and junk.
    fn from_str(s: &str) -> Result<Self, ()> {
        let s = s.trim();
        let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
        let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
        if (whole.is_empty() && frac.is_empty())
            || !digits(whole)
            || !digits(frac)
            || frac.len() > 2
        {
            return Err(());
        }
        let whole: u64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| ())?
        };
        let frac: u64 = format!("{frac:0<2}").parse().map_err(|_| ())?;
        let hundredths = whole
            .checked_mul(100)
            .and_then(|w| w.checked_add(frac))
            .ok_or(())?;
        // Beyond 10^14 yuan nothing is plausible (see money::MAX_PLAUSIBLE_AMOUNT).
        (hundredths <= 100_000_000)
            .then(|| AmountBound::from_hundredths_of_yi(hundredths))
            .ok_or(())
    }
}

/// Whether projects without an announced amount stay in the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum UnknownAmounts {
    /// Keep them (the default; they are counted apart in the totals).
    #[default]
    Include,
    /// Leave them out.
    Exclude,
}

/// The announced-investment filter, in yuan, both ends inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct AmountFilter {
    /// Lower bound.
    pub min: Option<AmountBound>,
    /// Upper bound.
    pub max: Option<AmountBound>,
    /// What happens to projects with no announced amount.
    pub unknown: UnknownAmounts,
}

impl AmountFilter {
    /// Whether it filters anything.
    pub fn is_active(&self) -> bool {
        self.min.is_some() || self.max.is_some() || self.unknown == UnknownAmounts::Exclude
    }

    /// Whether a yuan amount is inside the bounds.
    #[inline]
    pub fn admits_yuan(&self, amount: u64) -> bool {
        self.min.is_none_or(|m| amount >= m.0) && self.max.is_none_or(|m| amount <= m.0)
    }
}

/// What the results are ordered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum SortKey {
    /// The dataset's own order.
    #[default]
    Dataset,
    /// Announced investment (unknown last in both directions).
    Amount,
    /// Name: Chinese by pinyin, English alphabetically.
    Name,
    /// City name (unknown last).
    City,
    /// Stage in the pipeline (unknown last).
    Stage,
}

/// Ascending or descending.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum SortDir {
    /// A→Z, small→large, intent→in operation.
    #[default]
    Asc,
    /// The other way; unknown values stay last.
    Desc,
}

/// A sort order; in URLs `amount-desc`, `name`, … (the default, dataset order, is not written).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Sort {
    /// What to order by.
    pub key: SortKey,
    /// Which way.
    pub dir: SortDir,
}

impl Sort {
    /// The orders offered, in menu order.
    pub const MENU: [Sort; 9] = [
        Sort {
            key: SortKey::Dataset,
            dir: SortDir::Asc,
        },
        Sort {
            key: SortKey::Amount,
            dir: SortDir::Desc,
        },
        Sort {
            key: SortKey::Amount,
            dir: SortDir::Asc,
        },
        Sort {
            key: SortKey::Name,
            dir: SortDir::Asc,
        },
        Sort {
            key: SortKey::Name,
            dir: SortDir::Desc,
        },
        Sort {
            key: SortKey::City,
            dir: SortDir::Asc,
        },
        Sort {
            key: SortKey::City,
            dir: SortDir::Desc,
        },
        Sort {
            key: SortKey::Stage,
            dir: SortDir::Asc,
        },
        Sort {
            key: SortKey::Stage,
            dir: SortDir::Desc,
        },
    ];
}

impl fmt::Display for Sort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let key = match self.key {
            SortKey::Dataset => "dataset",
            SortKey::Amount => "amount",
            SortKey::Name => "name",
            SortKey::City => "city",
            SortKey::Stage => "stage",
        };
        f.write_str(key)?;
        if self.dir == SortDir::Desc {
            f.write_str("-desc")?;
        }
        Ok(())
    }
}

impl FromStr for Sort {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Sort::MENU
            .into_iter()
            .find(|m| m.to_string() == s)
            .ok_or(())
    }
}

/// Results per page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum PerPage {
    /// 20 (the default).
    #[default]
    Twenty,
    /// 50.
    Fifty,
    /// 100.
    Hundred,
}

impl PerPage {
    /// Every choice.
    pub const ALL: [PerPage; 3] = [PerPage::Twenty, PerPage::Fifty, PerPage::Hundred];

    /// The number.
    pub fn get(self) -> usize {
        match self {
            PerPage::Twenty => 20,
            PerPage::Fifty => 50,
            PerPage::Hundred => 100,
        }
    }
}

impl FromStr for PerPage {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        PerPage::ALL
            .into_iter()
            .find(|p| p.get().to_string() == s)
            .ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amount_bounds_in_yi() {
        let cases = [
            ("5", Some(5 * YI)),
            ("0.5", Some(YI / 2)),
            (".5", Some(YI / 2)),
            ("12.25", Some(1_225_000_000)),
            ("70", Some(70 * YI)),
            ("1.234", None),
            ("-1", None),
            ("", None),
            (".", None),
            ("1e3", None),
            ("99999999999999999999", None),
        ];
        for (text, yuan) in cases {
            assert_eq!(
                text.parse::<AmountBound>().ok().map(|b| b.0),
                yuan,
                "{text}"
            );
        }
        for text in ["5", "0.5", "12.25", "0", "1000000"] {
            assert_eq!(text.parse::<AmountBound>().unwrap().to_string(), text);
        }
    }

    #[test]
    fn sorts_and_page_sizes_round_trip() {
        for sort in Sort::MENU {
            assert_eq!(sort.to_string().parse::<Sort>(), Ok(sort));
        }
        assert_eq!(Sort::default().to_string(), "dataset");
        assert!("size".parse::<Sort>().is_err());
        for per in PerPage::ALL {
            assert_eq!(per.get().to_string().parse::<PerPage>(), Ok(per));
        }
        assert!("30".parse::<PerPage>().is_err());
    }

    #[test]
    fn amount_filter_bounds_are_inclusive() {
        let f = AmountFilter {
            min: "20".parse().ok(),
            max: "50".parse().ok(),
            unknown: UnknownAmounts::Include,
        };
        assert!(f.admits_yuan(20 * YI) && f.admits_yuan(50 * YI));
        assert!(!f.admits_yuan(70 * YI) && !f.admits_yuan(19 * YI));
        assert!(f.is_active() && !AmountFilter::default().is_active());
    }
}
