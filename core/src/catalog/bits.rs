//! A fixed-size set of project positions, one bit each.

/// A set of positions `0..len` (projects, search documents).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Bits {
    words: Vec<u64>,
    len: usize,
}

impl Bits {
    /// The empty set over `0..len`.
    pub fn new(len: usize) -> Bits {
        Bits {
            words: vec![0; len.div_ceil(64)],
            len,
        }
    }

    /// The size of the universe (not the number of members).
    pub fn universe(&self) -> usize {
        self.len
    }

    /// Whether `i` is a member.
    #[inline]
    pub fn contains(&self, i: usize) -> bool {
        self.words[i >> 6] & (1 << (i & 63)) != 0
    }

    /// Adds `i`.
    #[inline]
    pub fn insert(&mut self, i: usize) {
        self.words[i >> 6] |= 1 << (i & 63);
    }

    /// The number of members.
    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// The members in ascending order.
    pub fn iter(&self) -> Members<'_> {
        Members {
            words: &self.words,
            at: 0,
            word: self.words.first().copied().unwrap_or(0),
        }
    }
}

/// The members of a [`Bits`], in ascending order (a plain struct: this loop is hot).
pub struct Members<'a> {
    words: &'a [u64],
    /// The index of `word` in `words`.
    at: usize,
    /// What is left of the current word.
    word: u64,
}

impl Iterator for Members<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.word == 0 {
            self.at += 1;
            self.word = *self.words.get(self.at)?;
        }
        let bit = self.word.trailing_zeros() as usize;
        self.word &= self.word - 1;
        Some((self.at << 6) | bit)
    }
}

impl FromIterator<usize> for Bits {
    /// Not used for large sets; sizes the universe to the largest member.
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> Bits {
        let items: Vec<usize> = iter.into_iter().collect();
        let mut bits = Bits::new(items.iter().max().map_or(0, |m| m + 1));
        for i in items {
            bits.insert(i);
        }
        bits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_contains_iterate() {
        let mut b = Bits::new(200);
        for i in [0, 1, 63, 64, 130, 199] {
            b.insert(i);
        }
        assert_eq!(b.iter().collect::<Vec<_>>(), [0, 1, 63, 64, 130, 199]);
        assert_eq!(b.count(), 6);
        assert!(b.contains(130) && !b.contains(131));
        assert_eq!(b.universe(), 200);
        assert_eq!(Bits::new(0).iter().count(), 0);
    }
}
