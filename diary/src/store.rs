//! The diary and its saved form.
//!
//! Schema 2 (this version writes it; it is also the JSON export):
//!
//! ```json
//! { "schema": 2,
//!   "entries": [ { "id": "1763683200000-k3x9", "at_ms": 1763683200000, "tz_offset_min": 60,
//!                  "muscle": "calf", "duration_s": 90, "severity": 6, "night": true,
//!                  "exercise": false, "note": "…", "updated_ms": 1763683260000 } ],
//!   "changes": [ { "id": "…", "at_ms": …, "tz_offset_min": 60,
//!                  "what": { "advice": "prevent_stretch_bedtime" }, "updated_ms": … } ],
//!   "set_aside": [ { "list": "entries", "why": "severity 12 is over 10", "item": …any JSON… } ] }
//! ```
//!
//! Fields that are not set are left out; `deleted: true` marks a tombstone. `set_aside` (left out
//! when empty) holds items that could not be read, word for word with the reason first found, so
//! saving never drops them; they are tried again on every read (a later version may read them).
//!
//! Reading is [`crate::read`]: schema 1, the first public format, is migrated
//! ([`crate::migrate`]); a file from a newer schema, or one that is not a diary at all, is refused,
//! and the app must then keep the stored text and not write over it.

use std::fmt;

use crate::codec::{self, Writer};

use crate::entry::{clean_note, Change, Entry, Invalid};
use crate::merge::{upsert, Versioned};

/// The schema this version writes.
pub const SCHEMA: u64 = 2;

/// Which list of the saved form an item came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum List {
    Entries,
    Changes,
}

impl List {
    pub fn as_str(self) -> &'static str {
        match self {
            List::Entries => "entries",
            List::Changes => "changes",
        }
    }
}

/// An item that could not be read, kept as its JSON text so that nothing the person logged is
/// lost: it is written back on save and tried again on the next read. (`Ord` only orders the list
/// the same way everywhere.)
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SetAside {
    pub list: List,
    /// The item's JSON, compact.
    pub json: String,
    /// Why it could not be read.
    pub why: String,
}

/// What went wrong reading a saved diary or an imported file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not JSON, not an object, or not a shape this app knows: nothing was read.
    NotADiary { why: String },
    /// Saved by a newer version of the app: nothing was read.
    NewerSchema { found: u64 },
    /// One item could not be read and was set aside (kept, see [`SetAside`]); the rest were read.
    SetAside {
        list: List,
        /// The item's `id`, when it had a readable one, so the person can tell which cramp.
        id: Option<String>,
        why: String,
    },
}

impl Problem {
    /// The whole file was refused: the app must not write over the stored text, or it would lose
    /// what a newer version (or a damaged save) holds.
    pub fn refuses_file(&self) -> bool {
        matches!(
            self,
            Problem::NotADiary { .. } | Problem::NewerSchema { .. }
        )
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotADiary { why } => write!(f, "not a cramp diary: {why}"),
            Problem::NewerSchema { found } => write!(
                f,
                "saved by a newer version of the app (schema {found}; this version reads up to {SCHEMA})"
            ),
            Problem::SetAside { list, id, why } => {
                let item = if *list == List::Entries { "entry" } else { "change" };
                match id {
                    Some(id) => write!(f, "{item} \"{id}\" set aside: {why}"),
                    None => write!(f, "an {item} without an id set aside: {why}"),
                }
            }
        }
    }
}

/// A person's cramp diary. Entries and changes are kept sorted by time, then ID, with one item
/// per ID (tombstones included).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diary {
    pub entries: Vec<Entry>,
    pub changes: Vec<Change>,
    pub set_aside: Vec<SetAside>,
}

impl Diary {
    /// The saved form (schema 2), compact. Written by hand (codec.rs) in the field order above.
    pub fn to_json(&self) -> String {
        let mut w = Writer::object();
        w.number("schema", SCHEMA as i64);
        w.raw(
            "entries",
            &codec::array(self.entries.iter().map(codec::entry_json)),
        );
        w.raw(
            "changes",
            &codec::array(self.changes.iter().map(codec::change_json)),
        );
        if !self.set_aside.is_empty() {
            let items = self.set_aside.iter().map(|s| {
                let mut a = Writer::object();
                a.text("list", s.list.as_str());
                a.text("why", &s.why);
                // Always JSON: set-aside text is written from a parsed value (Json::text).
                a.raw("item", &s.json);
                a.end()
            });
            w.raw("set_aside", &codec::array(items));
        }
        w.end()
    }

    /// Cramps that are not deleted.
    pub fn live_entries(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.deleted)
    }

    /// Changes that are not deleted.
    pub fn live_changes(&self) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(|c| !c.deleted)
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id && !e.deleted)
    }

    pub fn change(&self, id: &str) -> Option<&Change> {
        self.changes.iter().find(|c| c.id == id && !c.deleted)
    }

    /// Adds a cramp or replaces the one with its ID (an edit). The note is trimmed; a bad value is
    /// refused with what is wrong. This device's edit always wins over what it had, even if its
    /// clock has gone back: `updated_ms` is raised past the old version's if need be.
    pub fn put_entry(&mut self, mut entry: Entry) -> Result<(), Vec<Invalid>> {
        entry.note = clean_note(&entry.note);
        let invalid = entry.validate();
        if !invalid.is_empty() {
            return Err(invalid);
        }
        put_local(&mut self.entries, entry);
        Ok(())
    }

    /// Adds or replaces a change (as [`Diary::put_entry`]).
    pub fn put_change(&mut self, mut change: Change) -> Result<(), Vec<Invalid>> {
        change.clean();
        let invalid = change.validate();
        if !invalid.is_empty() {
            return Err(invalid);
        }
        put_local(&mut self.changes, change);
        Ok(())
    }

    /// Deletes a cramp, leaving a tombstone. False when there is no such live entry.
    pub fn delete_entry(&mut self, id: &str, now_ms: i64) -> bool {
        match self.entry(id) {
            Some(e) => {
                let t = e.tombstone(now_ms);
                put_local(&mut self.entries, t);
                true
            }
            None => false,
        }
    }

    /// Removes a change, leaving a tombstone. False when there is no such live change.
    pub fn delete_change(&mut self, id: &str, now_ms: i64) -> bool {
        match self.change(id) {
            Some(c) => {
                let t = c.tombstone(now_ms);
                put_local(&mut self.changes, t);
                true
            }
            None => false,
        }
    }
}

/// Replaces or adds a local edit so that it wins: see [`Diary::put_entry`].
fn put_local<T: Versioned>(list: &mut Vec<T>, mut item: T) {
    if let Some(old) = list.iter().find(|o| o.id() == item.id()) {
        if old.updated_ms() >= item.updated_ms() {
            item.set_updated_ms(old.updated_ms().saturating_add(1));
        }
    }
    upsert(list, item);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entry::Tried;

    fn sample() -> Diary {
        let mut d = Diary::default();
        let e = Entry {
            muscle: Some("foot".into()),
            severity: Some(3),
            note: "  woke me up ".into(),
            ..Entry::logged("e1", 1_000_000, 60, 1_000_000)
        };
        d.put_entry(e).unwrap();
        d.put_entry(Entry::logged("e0", 500_000, 60, 500_000))
            .unwrap();
        let c = Change::new(
            "c1",
            900_000,
            60,
            Tried::Advice("prevent_bike".into()),
            900_000,
        );
        d.put_change(c).unwrap();
        d
    }

    #[test]
    fn the_saved_form_reads_back_the_same() {
        let d = sample();
        let (back, problems) = Diary::from_json(&d.to_json());
        assert_eq!(problems, vec![]);
        assert_eq!(back, d);
        assert!(d.to_json().starts_with("{\"schema\":2,"));
    }

    #[test]
    fn entries_are_kept_in_time_order_and_notes_trimmed() {
        let d = sample();
        let ids: Vec<_> = d.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["e0", "e1"]);
        assert_eq!(d.entry("e1").unwrap().note, "woke me up");
    }

    #[test]
    fn a_bad_value_is_refused_not_stored() {
        let mut d = sample();
        let bad = Entry {
            severity: Some(12),
            ..Entry::logged("e2", 1, 0, 1)
        };
        assert_eq!(d.put_entry(bad), Err(vec![Invalid::Severity(12)]));
        assert!(d.entry("e2").is_none());
    }

    #[test]
    fn a_local_edit_wins_even_with_a_clock_gone_back() {
        let mut d = sample();
        let edit = Entry {
            severity: Some(8),
            ..d.entry("e1").unwrap().clone()
        };
        // Same updated_ms as the stored version: raised past it.
        d.put_entry(edit).unwrap();
        let e = d.entry("e1").unwrap();
        assert_eq!((e.severity, e.updated_ms), (Some(8), 1_000_001));
    }

    #[test]
    fn deleting_leaves_a_tombstone_that_is_saved() {
        let mut d = sample();
        assert!(d.delete_entry("e1", 2_000_000));
        assert!(!d.delete_entry("e1", 2_000_001));
        assert!(d.entry("e1").is_none());
        assert_eq!(d.live_entries().count(), 1);
        let (back, _) = Diary::from_json(&d.to_json());
        let t = back.entries.iter().find(|e| e.id == "e1").unwrap();
        assert!(t.deleted && t.note.is_empty());
        assert!(!d.to_json().contains("woke me up"));
        assert!(d.delete_change("c1", 2_000_000));
        assert_eq!(d.live_changes().count(), 0);
    }

    #[test]
    fn problems_read_as_sentences() {
        let p = Problem::SetAside {
            list: List::Entries,
            id: Some("e9".into()),
            why: "severity 12 is over 10".into(),
        };
        assert_eq!(
            p.to_string(),
            "entry \"e9\" set aside: severity 12 is over 10"
        );
        assert!(!p.refuses_file());
        assert_eq!(
            Problem::NewerSchema { found: 3 }.to_string(),
            "saved by a newer version of the app (schema 3; this version reads up to 2)"
        );
    }
}
