//! Why the dataset could not be shown, in words for readers in both languages.

use crate::text::Lang;
use crate::validate::Fatal;

/// How long the app waits for the dataset before giving up, in milliseconds.
pub const LOAD_TIMEOUT_MS: u32 = 30_000;

/// A failure between "fetch the data" and "show it".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The request did not reach the server or the connection broke.
    Network(String),
    /// No complete answer within `LOAD_TIMEOUT_MS`.
    Timeout,
    /// The server answered with an error status.
    Http {
        /// HTTP status code.
        status: u16,
    },
    /// The server sent a web page (an error page, a login page) instead of the data file.
    Html {
        /// HTTP status code.
        status: u16,
    },
    /// The server says the file is larger than the app accepts.
    TooLarge {
        /// Announced size in bytes.
        bytes: u64,
    },
    /// The file arrived but cannot be read as a dataset.
    Invalid(Fatal),
}

impl LoadError {
    /// What happened, in one language.
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            LoadError::Network(detail) => {
                if zh {
                    format!("无法连接到服务器，请检查网络后重试。（{detail}）")
                } else {
                    format!("The server could not be reached. Check the connection and try again. ({detail})")
                }
            }
            LoadError::Timeout => {
                let s = LOAD_TIMEOUT_MS / 1000;
                if zh {
                    format!("等待数据超过 {s} 秒，已停止。网络可能较慢，请重试。")
                } else {
                    format!("The data did not arrive within {s} seconds, so loading stopped. The network may be slow; please try again.")
                }
            }
            LoadError::Http { status: 404 } => {
                if zh {
                    "找不到数据文件（HTTP 404）。请网站管理员检查数据文件地址。".into()
                } else {
                    "The data file was not found (HTTP 404). The site's webmaster should check the data file's address.".into()
                }
            }
            LoadError::Http { status } if *status >= 500 => {
                if zh {
                    format!("服务器出错（HTTP {status}），请稍后重试。")
                } else {
                    format!("The server had an error (HTTP {status}). Please try again later.")
                }
            }
            LoadError::Http { status } => {
                if zh {
                    format!("服务器拒绝了请求（HTTP {status}）。")
                } else {
                    format!("The server refused the request (HTTP {status}).")
                }
            }
            LoadError::Html { status } => {
                if zh {
                    format!("服务器返回的是网页而不是数据文件（HTTP {status}）。请网站管理员检查数据文件地址。")
                } else {
                    format!("The server sent a web page instead of the data file (HTTP {status}). The site's webmaster should check the data file's address.")
                }
            }
            LoadError::TooLarge { bytes } => Fatal::TooLarge {
                bytes: usize::try_from(*bytes).unwrap_or(usize::MAX),
                limit: crate::validate::MAX_DOCUMENT_BYTES,
            }
            .message(lang),
            LoadError::Invalid(fatal) => fatal.message(lang),
        }
    }

    /// Whether trying again could help (a network fault) rather than only a fixed file.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            LoadError::Network(_) | LoadError::Timeout | LoadError::Http { status: 500.. }
        )
    }
}

/// Whether a body looks like an HTML page rather than JSON (first non-space byte is `<`).
pub fn looks_like_html(body: &[u8]) -> bool {
    let start = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    start.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_bodies_are_recognised() {
        assert!(looks_like_html(b"  <!doctype html><p>404</p>"));
        assert!(looks_like_html(b"\xEF\xBB\xBF<html>"));
        assert!(!looks_like_html(b"{\"format_version\":1}"));
        assert!(!looks_like_html(b""));
    }

    #[test]
    fn every_error_has_both_languages() {
        let all = [
            LoadError::Network("x".into()),
            LoadError::Timeout,
            LoadError::Http { status: 404 },
            LoadError::Http { status: 503 },
            LoadError::Http { status: 403 },
            LoadError::Html { status: 200 },
            LoadError::TooLarge { bytes: 100 << 20 },
            LoadError::Invalid(Fatal::Empty),
        ];
        for e in &all {
            assert_ne!(e.message(Lang::Zh), e.message(Lang::En));
            assert!(!e.message(Lang::Zh).is_empty());
        }
        assert!(LoadError::Timeout.is_transient());
        assert!(!LoadError::Http { status: 404 }.is_transient());
    }
}
