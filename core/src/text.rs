//! Languages and bilingual text.

use std::fmt;
use std::str::FromStr;

/// An interface and content language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// Simplified Chinese (zh-CN).
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Chinese first.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The BCP 47 tag for the `lang` attribute.
    pub fn bcp47(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The short code used in the data format and in URLs.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The other language.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// Picks the language from a browser language tag such as `zh-Hans-CN` or `en-GB`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error for a language code that is neither `zh` nor `en`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown language {:?} (expected \"zh\" or \"en\")",
            self.0
        )
    }
}

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "zh" | "zh-CN" => Ok(Lang::Zh),
            "en" => Ok(Lang::En),
            other => Err(UnknownLang(other.to_owned())),
        }
    }
}

/// Content text in Chinese and English. At least one side is present (validation sees to it).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Text {
    /// The Chinese text, if the source gives one.
    pub zh: Option<Box<str>>,
    /// The English text, if the source gives one.
    pub en: Option<Box<str>>,
}

/// A piece of text picked for a language, saying which language it really is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown<'a> {
    /// The text.
    pub text: &'a str,
    /// The language the text is written in; differs from the one asked for when it fell back.
    pub lang: Lang,
}

impl Shown<'_> {
    /// Whether the text is in a different language from the one asked for.
    pub fn is_fallback(&self, asked: Lang) -> bool {
        self.lang != asked
    }
}

impl Text {
    /// Text with both languages.
    pub fn new(zh: &str, en: &str) -> Text {
        Text {
            zh: Some(zh.into()),
            en: Some(en.into()),
        }
    }

    /// The side for one language, without fallback.
    pub fn side(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Zh => self.zh.as_deref(),
            Lang::En => self.en.as_deref(),
        }
    }

    /// The text in `lang`, falling back to the other language when that side is missing.
    pub fn pick(&self, lang: Lang) -> Shown<'_> {
        match self.side(lang) {
            Some(text) => Shown { text, lang },
            None => Shown {
                text: self.side(lang.other()).unwrap_or(""),
                lang: lang.other(),
            },
        }
    }

    /// Shorthand for `pick(lang).text`.
    pub fn get(&self, lang: Lang) -> &str {
        self.pick(lang).text
    }

    /// Whether neither side has any text.
    pub fn is_empty(&self) -> bool {
        self.zh.as_deref().is_none_or(str::is_empty) && self.en.as_deref().is_none_or(str::is_empty)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
        }
        assert!("fr".parse::<Lang>().is_err());
    }

    #[test]
    fn browser_tags_map_to_languages() {
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("zh_TW"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("EN-gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr-FR"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn pick_falls_back_and_says_so() {
        let only_zh = Text {
            zh: Some("赣州".into()),
            en: None,
        };
        let shown = only_zh.pick(Lang::En);
        assert_eq!(shown.text, "赣州");
        assert!(shown.is_fallback(Lang::En));
        assert!(!only_zh.pick(Lang::Zh).is_fallback(Lang::Zh));
        assert!(Text::default().is_empty());
        assert!(!only_zh.is_empty());
    }
}
