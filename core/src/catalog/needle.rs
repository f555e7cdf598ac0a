//! Finding a search term in the folded documents: the first two bytes of the term are looked
//! for eight bytes at a time in plain 64-bit arithmetic, then the rest is compared.
//!
//! Why not `memchr::memmem`: in the browser's WebAssembly (no SIMD) its scan moved about 1 GB/s,
//! 12–17 ms for the 14 MB of documents of 100,000 projects, the slowest step of a keystroke
//! (`ga` after `g`). Here sixteen positions cost one branch while none of them is marked.

/// One in each byte.
const LO: u64 = 0x0101_0101_0101_0101;
/// The top bit of each byte.
const HI: u64 = 0x8080_8080_8080_8080;

/// A word with the top bit set in (at least) each byte of `x` that is zero. Bytes above a zero
/// byte may be marked too (the borrow): every mark is checked again.
#[inline(always)]
fn zero_bytes(x: u64) -> u64 {
    x.wrapping_sub(LO) & !x & HI
}

/// Eight bytes of `hay` from `at`, the first in the lowest byte.
#[inline(always)]
fn word(hay: &[u8], at: usize) -> u64 {
    let mut bytes = [0; 8];
    bytes.copy_from_slice(&hay[at..at + 8]);
    u64::from_le_bytes(bytes)
}

/// Marks the positions `at..at + 8` of `hay` where the bytes `a`, `b` (each repeated in a word)
/// follow one another; reads `hay[at..at + 9]`.
#[inline(always)]
fn pairs(hay: &[u8], at: usize, a: u64, b: u64) -> u64 {
    zero_bytes(word(hay, at) ^ a) & zero_bytes(word(hay, at + 1) ^ b)
}

/// Whether `term` occurs at `at` in `hay`.
#[inline(always)]
fn occurs_at(hay: &[u8], term: &[u8], at: usize) -> bool {
    hay.get(at..at + term.len()) == Some(term)
}

/// Where `term` (not empty) first occurs in `hay`.
pub fn find(hay: &[u8], term: &[u8]) -> Option<usize> {
    if term.len() > hay.len() {
        return None;
    }
    let [first, second, ..] = *term else {
        return hay.iter().position(|&b| b == term[0]);
    };
    let (a, b) = (LO * u64::from(first), LO * u64::from(second));
    let mut at = 0;
    // Sixteen positions a step, one branch for both words while nothing is marked.
    while at + 17 <= hay.len() {
        let (low, high) = (pairs(hay, at, a, b), pairs(hay, at + 8, a, b));
        if low | high != 0 {
            for (mut hits, base) in [(low, at), (high, at + 8)] {
                while hits != 0 {
                    let i = base + (hits.trailing_zeros() / 8) as usize;
                    if occurs_at(hay, term, i) {
                        return Some(i);
                    }
                    hits &= hits - 1;
                }
            }
        }
        at += 16;
    }
    (at..hay.len()).find(|&i| occurs_at(hay, term, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain definition, to compare with.
    fn naive(hay: &[u8], term: &[u8]) -> Option<usize> {
        (0..hay.len()).find(|&i| hay[i..].starts_with(term))
    }

    #[test]
    fn finds_what_a_plain_search_finds() {
        let hay = "xx\ngan zhou\nganzhou\n赣州 gz\x01\x00ga\u{1}ga".as_bytes();
        let terms: [&[u8]; 10] = [
            b"ga",
            b"gan",
            b"ganzhou",
            b"zhou\ng",
            b"gz",
            b"\x00g",
            b"a",
            b"qq",
            "州".as_bytes(),
            b"ga\x01ga",
        ];
        for start in 0..hay.len() {
            for term in terms {
                assert_eq!(
                    find(&hay[start..], term),
                    naive(&hay[start..], term),
                    "{:?} in {:?}",
                    String::from_utf8_lossy(term),
                    String::from_utf8_lossy(&hay[start..])
                );
            }
        }
    }

    #[test]
    fn every_byte_pair_in_every_position_of_a_word() {
        // A zero byte's borrow marks the byte above it: those marks must not become matches.
        let bytes = [0u8, 1, 2, 0x7f, 0x80, 0x81, 0xfe, 0xff];
        for &x in &bytes {
            for &y in &bytes {
                for pos in 0..20 {
                    let mut hay = vec![0x01u8; 24];
                    hay[pos] = x;
                    hay[pos + 1] = y;
                    for term in [[x, y], [y, x], [x, x], [0, 1], [1, 0]] {
                        assert_eq!(find(&hay, &term), naive(&hay, &term), "{term:?} in {hay:?}");
                    }
                }
            }
        }
    }
}
