//! `key=value&key=value` encoding with percent-escapes, for the URL fragment.

/// Escapes everything but unreserved characters and a few that are safe in a fragment (`,:`).
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~' | b',' | b':') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Undoes `escape` (and `+` for space); malformed escapes are kept as they are.
pub fn unescape(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Splits `a=1&b=x%20y` into decoded pairs; empty parts are skipped.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| match part.split_once('=') {
            Some((k, v)) => (unescape(k), unescape(v)),
            None => (unescape(part), String::new()),
        })
        .collect()
}

/// Joins pairs into `a=1&b=x%20y`.
pub fn join(pairs: &[(&str, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", escape(k), escape(v)))
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_round_trips() {
        for s in [
            "",
            "ganzhou",
            "赣州 电子",
            "a&b=c#d%e+f",
            "100%",
            "x%zz",
            "全角ＡＢＣ",
        ] {
            assert_eq!(unescape(&escape(s)), s, "{s}");
        }
    }

    #[test]
    fn malformed_escapes_survive() {
        assert_eq!(unescape("100%"), "100%");
        assert_eq!(unescape("%zz"), "%zz");
        assert_eq!(unescape("%4"), "%4");
        assert_eq!(unescape("a+b"), "a b");
        assert_eq!(unescape("%E8%B5"), "\u{fffd}");
    }

    #[test]
    fn pairs_split_and_join() {
        let joined = join(&[("q", "赣州 & co".into()), ("page", "2".into())]);
        assert_eq!(
            pairs(&joined),
            vec![
                ("q".into(), "赣州 & co".into()),
                ("page".into(), "2".into())
            ]
        );
        assert_eq!(
            pairs("&&a&b=1"),
            vec![("a".into(), String::new()), ("b".into(), "1".into())]
        );
    }
}
