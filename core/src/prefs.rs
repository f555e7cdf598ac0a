//! Reading preferences (text size, contrast) and how they are remembered in the browser's
//! storage, as a short `key=value;…` string.

/// Text size.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum TextSize {
    /// 16 px base.
    #[default]
    Normal,
    /// 1.5 × (the ageing-friendly minimum).
    Large,
}

/// Colour contrast.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Contrast {
    /// Standard palette (text at least 4.5:1).
    #[default]
    Standard,
    /// High-contrast palette (text at least 7:1).
    High,
}

/// The reader's display preferences.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Prefs {
    /// Text size.
    pub text: TextSize,
    /// Contrast.
    pub contrast: Contrast,
}

/// The storage key.
pub const STORAGE_KEY: &str = "gv-prefs";

impl Prefs {
    /// Reads a stored value; `system_high_contrast` (from `prefers-contrast: more`) decides the
    /// contrast when nothing was stored. Unknown parts are ignored.
    pub fn from_storage(stored: Option<&str>, system_high_contrast: bool) -> Prefs {
        let mut prefs = Prefs {
            contrast: if system_high_contrast {
                Contrast::High
            } else {
                Contrast::Standard
            },
            ..Prefs::default()
        };
        for part in stored.unwrap_or("").split(';') {
            match part.trim() {
                "text=large" => prefs.text = TextSize::Large,
                "text=normal" => prefs.text = TextSize::Normal,
                "contrast=high" => prefs.contrast = Contrast::High,
                "contrast=standard" => prefs.contrast = Contrast::Standard,
                _ => {}
            }
        }
        prefs
    }

    /// The value to store.
    pub fn to_storage(self) -> String {
        let text = match self.text {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
        };
        let contrast = match self.contrast {
            Contrast::Standard => "standard",
            Contrast::High => "high",
        };
        format!("text={text};contrast={contrast}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_defaults() {
        for text in [TextSize::Normal, TextSize::Large] {
            for contrast in [Contrast::Standard, Contrast::High] {
                let prefs = Prefs { text, contrast };
                assert_eq!(Prefs::from_storage(Some(&prefs.to_storage()), false), prefs);
                assert_eq!(
                    Prefs::from_storage(Some(&prefs.to_storage()), true),
                    prefs,
                    "a stored choice beats the system"
                );
            }
        }
        assert_eq!(Prefs::from_storage(None, false), Prefs::default());
        assert_eq!(Prefs::from_storage(None, true).contrast, Contrast::High);
        assert_eq!(
            Prefs::from_storage(Some("garbage;;text=huge"), false),
            Prefs::default()
        );
    }
}
