//! What an import keeps in memory to skip unchanged rows before they reach the database
//! and to find the individual numbers the extract gives twice: a few bytes a person,
//! whatever the size of the rows.

use crate::error::{Error, Result};

/// An individual number as a number: nine digits fit in 30 bits.
pub type Number = u32;

/// The nine digits of a checked individual number as a [`Number`].
pub fn number(individual_number: &str) -> Option<Number> {
    (individual_number.len() == 9 && individual_number.bytes().all(|b| b.is_ascii_digit()))
        .then(|| individual_number.parse().ok())
        .flatten()
}

/// The nine digits of a [`Number`], as the extract and the database write it.
pub fn digits(number: Number) -> String {
    format!("{number:09}")
}

/// The first 8 bytes of a row's SHA-256: enough to tell a changed row from an unchanged
/// one (two different rows share them once in 2^64).
pub fn prefix(digest: &[u8; 32]) -> u64 {
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(first)
}

/// The same 8 bytes from a `customers.row_hash` (lowercase hexadecimal, as
/// [`super::Person::row_hash`] writes it).
fn prefix_of_hex(row_hash: &str) -> Option<u64> {
    let start = row_hash.get(..16)?;
    if row_hash.len() != 64
        || !start
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    {
        return None;
    }
    u64::from_str_radix(start, 16).ok()
}

/// Where a checked row stands against the database before the import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// No customer has its individual number.
    New,
    /// The customer's fields differ (or IDHS staff entered them by hand, S4).
    Changed,
    /// The customer's fields are the row's: nothing to write.
    Unchanged,
}

/// Each customer's individual number and row hash prefix, sorted by number: 12 bytes a
/// customer.
#[derive(Debug, Default)]
pub struct Known {
    /// `[number | NEVER_SAME, high 32 bits, low 32 bits]`.
    entries: Vec<[u32; 3]>,
}

/// Marks a customer whose row is never the same as the extract's (see [`Known::add`]).
const NEVER_SAME: u32 = 1 << 31;

impl Known {
    /// Adds a customer as the database holds them; a `row_hash` in no form an import
    /// writes (empty, say) is never the same as a row's.
    pub fn add(&mut self, individual_number: &str, row_hash: &str) {
        let Some(number) = number(individual_number) else {
            return;
        };
        let (flag, hash) = match prefix_of_hex(row_hash) {
            Some(hash) => (0, hash),
            None => (NEVER_SAME, 0),
        };
        self.entries
            .push([number | flag, (hash >> 32) as u32, hash as u32]);
    }

    /// Sorts what was added, for [`Known::standing`].
    pub fn seal(&mut self) {
        self.entries.sort_unstable_by_key(|e| e[0] & !NEVER_SAME);
        self.entries.shrink_to_fit();
    }

    /// The number of customers.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether a customer has this number.
    pub fn contains(&self, number: Number) -> bool {
        self.find(number).is_some()
    }

    fn find(&self, number: Number) -> Option<&[u32; 3]> {
        self.entries
            .binary_search_by_key(&number, |e| e[0] & !NEVER_SAME)
            .ok()
            .map(|i| &self.entries[i])
    }

    /// Where a row with this number and row hash prefix stands.
    pub fn standing(&self, number: Number, prefix: u64) -> Standing {
        match self.find(number) {
            None => Standing::New,
            Some(e)
                if e[0] & NEVER_SAME == 0
                    && (u64::from(e[1]) << 32 | u64::from(e[2])) == prefix =>
            {
                Standing::Unchanged
            }
            Some(_) => Standing::Changed,
        }
    }
}

/// The individual number and line of every checked row, and whether it was skipped as
/// unchanged: 8 bytes a row, so duplicates are found without the rows themselves.
#[derive(Debug, Default)]
pub struct Seen {
    /// `number << 34 | skipped << 33 | line`.
    rows: Vec<u64>,
}

const LINE_BITS: u32 = 33;
const SKIPPED: u64 = 1 << LINE_BITS;

/// One row of an individual number the extract gives more than once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Repeat {
    pub line: u64,
    /// Skipped as unchanged (not staged).
    pub skipped: bool,
}

impl Seen {
    pub fn push(&mut self, number: Number, line: u64, skipped: bool) -> Result<()> {
        if line >= SKIPPED {
            return Err(Error::Usage(format!(
                "the extract has more than {} lines; nothing was written",
                SKIPPED - 1
            )));
        }
        self.rows
            .push(u64::from(number) << (LINE_BITS + 1) | u64::from(skipped) << LINE_BITS | line);
        Ok(())
    }

    /// Each individual number given more than once, in number order, with its rows in
    /// line order.
    pub fn repeated(mut self) -> Vec<(Number, Vec<Repeat>)> {
        let line_of = |row: u64| row & (SKIPPED - 1);
        self.rows
            .sort_unstable_by_key(|row| (row >> (LINE_BITS + 1), line_of(*row)));
        let mut repeated = Vec::new();
        for group in self
            .rows
            .chunk_by(|a, b| a >> (LINE_BITS + 1) == b >> (LINE_BITS + 1))
            .filter(|g| g.len() > 1)
        {
            let number = (group[0] >> (LINE_BITS + 1)) as Number;
            let rows = group
                .iter()
                .map(|row| Repeat {
                    line: line_of(*row),
                    skipped: row & SKIPPED != 0,
                })
                .collect();
            repeated.push((number, rows));
        }
        repeated
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_stands_new_changed_or_unchanged_by_its_number_and_hash() {
        let hash = "c9b4bc05e31c68e8fa151af19d16249b772bc900e21befe33aa4ecc4e56b170f";
        let mut known = Known::default();
        known.add("223456789", hash);
        known.add("123456789", "");
        known.add("323456789", "not a hash");
        known.seal();
        let p = 0xc9b4_bc05_e31c_68e8;
        assert_eq!(known.standing(223456789, p), Standing::Unchanged);
        assert_eq!(known.standing(223456789, p + 1), Standing::Changed);
        // Entered by hand (read without a hash): an import takes them over (S4).
        assert_eq!(known.standing(123456789, p), Standing::Changed);
        assert_eq!(known.standing(323456789, p), Standing::Changed);
        assert_eq!(known.standing(423456789, p), Standing::New);
        assert!(known.contains(123456789) && !known.contains(423456789));
        assert_eq!(number("012345678"), Some(12345678));
        assert_eq!(digits(12345678), "012345678");
        assert_eq!(number("12345678"), None);
    }

    #[test]
    fn repeated_numbers_come_with_every_line() {
        let mut seen = Seen::default();
        for (number, line, skipped) in [
            (5, 2, false),
            (999_999_999, 3, true),
            (5, 4, true),
            (7, 5, false),
            (999_999_999, 8_000_000_000, false),
        ] {
            seen.push(number, line, skipped).expect("fits");
        }
        assert!(seen.push(1, 1 << 33, false).is_err());
        assert_eq!(
            seen.repeated(),
            [
                (
                    5,
                    vec![
                        Repeat {
                            line: 2,
                            skipped: false
                        },
                        Repeat {
                            line: 4,
                            skipped: true
                        }
                    ]
                ),
                (
                    999_999_999,
                    vec![
                        Repeat {
                            line: 3,
                            skipped: true
                        },
                        Repeat {
                            line: 8_000_000_000,
                            skipped: false
                        }
                    ]
                ),
            ]
        );
    }
}
