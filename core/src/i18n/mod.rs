//! Interface strings and number/date formatting in both languages.
//!
//! Every message is written once with its Chinese and English text side by side; the
//! `messages!` macro refuses an entry with only one of them, so a missing translation cannot
//! compile. Each area of the app keeps its own message enum in its own file.

pub mod catalog;
mod format;
mod shell;
mod timeline;

pub use catalog::CatalogMsg;
pub use format::*;
pub use shell::Msg;
pub use timeline::TimelineMsg;

use crate::text::Lang;

/// An interface string in both languages.
pub trait Message: Copy + 'static {
    /// The text in one language.
    fn text(self, lang: Lang) -> &'static str;
}

/// Declares a message enum: `messages! { pub enum Name { Variant => "中文", "English"; … } }`.
macro_rules! messages {
    ($(#[$edoc:meta])* $vis:vis enum $Enum:ident { $( $(#[$doc:meta])* $name:ident => $zh:literal, $en:literal; )* }) => {
        $(#[$edoc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $Enum { $( $(#[$doc])* $name, )* }

        impl $Enum {
            /// Every message, for tests that check them all.
            pub const ALL: &'static [$Enum] = &[$($Enum::$name),*];

            /// The text in one language.
            pub fn text(self, lang: $crate::text::Lang) -> &'static str {
                <Self as $crate::i18n::Message>::text(self, lang)
            }
        }

        impl $crate::i18n::Message for $Enum {
            fn text(self, lang: $crate::text::Lang) -> &'static str {
                match (self, lang) {
                    $( ($Enum::$name, $crate::text::Lang::Zh) => $zh, ($Enum::$name, $crate::text::Lang::En) => $en, )*
                }
            }
        }
    };
}
pub(crate) use messages;

/// Checks that every message of an enum has non-empty text in both languages.
#[cfg(test)]
pub(crate) fn assert_complete<M: Message + std::fmt::Debug>(all: &[M]) {
    for &m in all {
        for lang in Lang::ALL {
            assert!(!m.text(lang).trim().is_empty(), "{m:?} has no {lang} text");
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_message_has_text_in_both_languages() {
        super::assert_complete(super::Msg::ALL);
    }
}
