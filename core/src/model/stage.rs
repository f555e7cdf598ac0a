//! The fixed pipeline of project stages.

use std::fmt;
use std::str::FromStr;

/// Where a project stands, in pipeline order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    /// An intention or framework agreement.
    Intent,
    /// A signed contract.
    Signed,
    /// Money has arrived (进资).
    Funded,
    /// Construction has started (开工).
    UnderConstruction,
    /// Producing or operating (投产运营).
    InOperation,
}

impl Stage {
    /// All stages in pipeline order.
    pub const ALL: [Stage; 5] = [
        Stage::Intent,
        Stage::Signed,
        Stage::Funded,
        Stage::UnderConstruction,
        Stage::InOperation,
    ];

    /// The id used in the data format and in URLs.
    pub fn id(self) -> &'static str {
        match self {
            Stage::Intent => "intent",
            Stage::Signed => "signed",
            Stage::Funded => "funded",
            Stage::UnderConstruction => "under_construction",
            Stage::InOperation => "in_operation",
        }
    }

    /// The position in the pipeline, 0 for `Intent`.
    pub fn ix(self) -> usize {
        self as usize
    }
}

impl FromStr for Stage {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Stage::ALL
            .into_iter()
            .find(|stage| stage.id() == s)
            .ok_or(())
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_in_pipeline_order() {
        for (i, stage) in Stage::ALL.into_iter().enumerate() {
            assert_eq!(stage.id().parse::<Stage>(), Ok(stage));
            assert_eq!(stage.ix(), i);
        }
        assert!("sign".parse::<Stage>().is_err());
    }
}
