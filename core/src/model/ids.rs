//! Typed indices into the dataset's tables, so a city can never be passed where a stage belongs.

macro_rules! index_type {
    ($(#[$doc:meta] $name:ident($int:ty);)*) => {$(
        #[$doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub $int);

        impl $name {
            /// The position in its table.
            pub fn ix(self) -> usize {
                self.0 as usize
            }
        }
    )*};
}

index_type! {
    /// A row of `Dataset::sources`.
    SourceIx(u32);
    /// A row of `Dataset::regions`.
    RegionIx(u32);
    /// A row of `Dataset::cities`.
    CityIx(u32);
    /// A row of `Dataset::industries`.
    IndustryIx(u32);
    /// A row of `Dataset::event_kinds`.
    KindIx(u32);
    /// A row of `Dataset::capital_types`.
    CapitalIx(u32);
    /// A row of `Dataset::people`.
    PersonIx(u32);
    /// A row of `Dataset::organisations`.
    OrgIx(u32);
    /// A row of `Dataset::events`.
    EventIx(u32);
    /// A row of `Dataset::projects`.
    ProjectIx(u32);
}

/// The year of an edition of the yearly activity (2018, 2019, 2020…).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Edition(pub u16);

impl std::fmt::Display for Edition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::str::FromStr for Edition {
    type Err = std::num::ParseIntError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.parse().map(Edition)
    }
}
