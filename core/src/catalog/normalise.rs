//! Text folding for search: case- and width-insensitive, so `ＡＢＣ１２３`, `abc123` and
//! `ABC123` are the same, and Chinese stays as it is (matched as a substring).

/// One character as search sees it: full-width ASCII forms become ASCII, the ideographic
/// space a space, Latin letters lower case; control characters vanish (they separate fields in
/// the search index, so a query must never contain them).
pub fn fold_char(c: char, out: &mut String) {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{2018}' | '\u{2019}' => '\'',
        '\u{201C}' | '\u{201D}' => '"',
        c if c.is_control() => return,
        c => c,
    };
    // ASCII (and so full-width ASCII) only: Unicode case tables would cost kilobytes of wasm
    // for letters the data does not use.
    out.push(c.to_ascii_lowercase());
}

/// A whole text folded with [`fold_char`].
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// A query as search terms: folded, split at white space (a project must match every term).
pub fn terms(query: &str) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    for term in fold(query).split_whitespace() {
        if !terms.iter().any(|t| t == term) {
            terms.push(term.to_owned());
        }
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_width() {
        let cases = [
            ("ＡＢＣ１２３", "abc123"),
            ("ABC123", "abc123"),
            ("Ganzhou", "ganzhou"),
            ("赣州", "赣州"),
            ("（合成１）", "(合成1)"),
            ("Ji’an", "ji'an"),
            ("ÉCOLE", "École"),
            ("a\u{3000}b", "a b"),
            ("a\nb\u{1}", "ab"),
        ];
        for (input, folded) in cases {
            assert_eq!(fold(input), folded, "{input}");
        }
    }

    #[test]
    fn queries_split_into_distinct_terms() {
        assert_eq!(terms("  赣州　电子  "), ["赣州", "电子"]);
        assert_eq!(terms("GZ gz"), ["gz"]);
        assert!(terms(" \u{3000} ").is_empty());
    }
}
