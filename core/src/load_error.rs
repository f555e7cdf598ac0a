//! Why the dataset could not be shown, in words for readers in both languages.

use crate::text::Lang;
use crate::validate::{Fatal, MAX_DOCUMENT_BYTES};

/// How long the app waits for the dataset before giving up, in milliseconds, unless the mount
/// element's `data-timeout` says otherwise.
pub const LOAD_TIMEOUT_MS: u32 = 30_000;

/// The range `data-timeout` is clamped to (1 s to 2 min).
pub const TIMEOUT_RANGE_MS: (u32, u32) = (1_000, 120_000);

/// A failure between "fetch the data" and "show it".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The request did not reach the server or the connection broke.
    Network(String),
    /// No complete answer within the time limit.
    Timeout {
        /// The limit, in seconds.
        seconds: u32,
    },
    /// The answer started but broke off before the end of the file.
    Incomplete(String),
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
    /// The server labelled the file as something that is not JSON (e.g. an image).
    WrongType {
        /// The Content-Type it sent.
        content_type: String,
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
            LoadError::Network(_) => {
                if zh {
                    "无法连接到服务器，请检查网络后重试。".into()
                } else {
                    "The server could not be reached. Check the connection and try again.".into()
                }
            }
            LoadError::Timeout { seconds: s } => {
                if zh {
                    format!("等待数据超过 {s} 秒，已停止。网络可能较慢，请重试。")
                } else {
                    format!("The data did not arrive within {s} seconds, so loading stopped. The network may be slow; please try again.")
                }
            }
            LoadError::Incomplete(_) => {
                if zh {
                    "数据文件没有完整下载，连接中途断开。请重试。".into()
                } else {
                    "The data file did not arrive completely: the connection broke off. Please try again.".into()
                }
            }
            LoadError::Http { status: 404 } => {
                if zh {
                    "找不到数据文件（HTTP 404）。请网站管理员检查数据文件地址。".into()
                } else {
                    "The data file was not found (HTTP 404). The site's webmaster should check the data file's address."
                        .into()
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
            LoadError::WrongType { content_type } => {
                if zh {
                    format!("服务器发送的不是数据文件（内容类型为 {content_type}，应为 application/json）。请网站管理员检查服务器设置。")
                } else {
                    format!("The server did not send a data file (its type is {content_type}, not application/json). The site's webmaster should check the server's settings.")
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

    /// The browser's own words for a network failure ("TypeError: Failed to fetch"): for the
    /// site's webmaster (the app logs them to the console), so kept out of the message a
    /// citizen reads.
    pub fn detail(&self) -> Option<&str> {
        match self {
            LoadError::Network(detail) | LoadError::Incomplete(detail) => Some(detail),
            _ => None,
        }
    }

    /// Whether trying again could help (a network fault) rather than only a fixed file.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            LoadError::Network(_)
                | LoadError::Incomplete(_)
                | LoadError::Timeout { .. }
                | LoadError::Http { status: 500.. }
        )
    }
}

/// Refuses a response whose announced size is over the limit, before its body is read.
pub fn check_announced_length(content_length: Option<u64>) -> Result<(), LoadError> {
    match content_length {
        Some(bytes) if bytes > MAX_DOCUMENT_BYTES as u64 => Err(LoadError::TooLarge { bytes }),
        _ => Ok(()),
    }
}

/// Whether a Content-Type can carry the dataset. Static servers label `.json` in many ways
/// (or not at all), so anything JSON-like, plain text or generic binary is accepted.
fn acceptable_type(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence.is_empty()
        || essence == "application/json"
        || essence == "text/json"
        || essence.ends_with("+json")
        || essence == "text/plain"
        || essence == "application/octet-stream"
        || essence == "binary/octet-stream"
}

/// Decides whether a complete response is a dataset to validate: the status first, then an
/// HTML page in place of JSON, then the declared type.
pub fn check_response(
    status: u16,
    content_type: Option<&str>,
    body: &[u8],
) -> Result<(), LoadError> {
    if !(200..300).contains(&status) {
        return Err(LoadError::Http { status });
    }
    if looks_like_html(body) {
        return Err(LoadError::Html { status });
    }
    match content_type {
        Some(t) if !acceptable_type(t) => Err(LoadError::WrongType {
            content_type: t.chars().take(80).collect(),
        }),
        _ => Ok(()),
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
    fn responses_are_classified_in_order() {
        let json = br#"{"format_version": 1}"#;
        let html = b"<!doctype html><title>Not found</title>";
        type Case<'a> = (u16, Option<&'a str>, &'a [u8], Result<(), LoadError>);
        let cases: [Case; 9] = [
            (200, Some("application/json"), json, Ok(())),
            (200, Some("application/json; charset=utf-8"), json, Ok(())),
            (200, None, json, Ok(())),
            (200, Some("text/plain"), json, Ok(())),
            (200, Some("application/vnd.gba+json"), json, Ok(())),
            (
                404,
                Some("text/html"),
                html,
                Err(LoadError::Http { status: 404 }),
            ),
            (
                500,
                Some("application/json"),
                json,
                Err(LoadError::Http { status: 500 }),
            ),
            (
                200,
                Some("text/html"),
                html,
                Err(LoadError::Html { status: 200 }),
            ),
            (
                200,
                Some("image/png"),
                json,
                Err(LoadError::WrongType {
                    content_type: "image/png".into(),
                }),
            ),
        ];
        for (status, content_type, body, expected) in cases {
            assert_eq!(
                check_response(status, content_type, body),
                expected,
                "{status} {content_type:?}"
            );
        }
    }

    #[test]
    fn announced_sizes_over_the_limit_are_refused_early() {
        assert_eq!(check_announced_length(None), Ok(()));
        assert_eq!(check_announced_length(Some(1000)), Ok(()));
        let huge = MAX_DOCUMENT_BYTES as u64 + 1;
        assert_eq!(
            check_announced_length(Some(huge)),
            Err(LoadError::TooLarge { bytes: huge })
        );
    }

    #[test]
    fn every_error_has_both_languages() {
        let all = [
            LoadError::Network("x".into()),
            LoadError::Incomplete("x".into()),
            LoadError::Timeout { seconds: 30 },
            LoadError::Http { status: 404 },
            LoadError::WrongType {
                content_type: "image/png".into(),
            },
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
        assert!(LoadError::Timeout { seconds: 30 }.is_transient());
        assert!(!LoadError::Http { status: 404 }.is_transient());
    }

    #[test]
    fn the_browsers_words_are_kept_apart_from_the_message() {
        let detail = "TypeError: Failed to fetch";
        for e in [
            LoadError::Network(detail.into()),
            LoadError::Incomplete(detail.into()),
        ] {
            assert_eq!(e.detail(), Some(detail));
            for lang in Lang::ALL {
                assert!(!e.message(lang).contains("Failed"), "{}", e.message(lang));
            }
        }
        assert_eq!(LoadError::Http { status: 404 }.detail(), None);
    }
}
