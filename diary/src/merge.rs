//! Merging two copies of a diary: an imported file, or what another tab saved meanwhile.
//!
//! Items are matched by ID. Of two versions of one item the later `updated_ms` wins; at the same
//! `updated_ms` a tombstone wins (a delete is never undone by an edit from the same moment); a
//! remaining tie goes to the greater item by its full ordering, so the result never depends on which
//! copy is merged into which. Merging is then a union that is commutative, associative and
//! idempotent: importing the same file twice changes nothing, and two tabs that both re-read, merge
//! and write end up with the same diary.

use crate::index::Index;

use crate::entry::{Change, Entry};
use crate::store::{Diary, Problem, SetAside};

/// An item that merges by ID and version.
pub(crate) trait Versioned: Clone + Ord {
    fn id(&self) -> &str;
    fn at_ms(&self) -> i64;
    fn updated_ms(&self) -> i64;
    fn set_updated_ms(&mut self, ms: i64);
    fn deleted(&self) -> bool;

    /// Lists are kept in time order; the ID breaks ties so the order is the same everywhere.
    fn sort_key(&self) -> (i64, &str) {
        (self.at_ms(), self.id())
    }

    /// Does this version replace `other` (same ID)? See the module's rule.
    fn beats(&self, other: &Self) -> bool {
        (self.updated_ms(), self.deleted(), self) > (other.updated_ms(), other.deleted(), other)
    }
}

macro_rules! versioned {
    ($ty:ty) => {
        impl Versioned for $ty {
            fn id(&self) -> &str {
                &self.id
            }
            fn at_ms(&self) -> i64 {
                self.at_ms
            }
            fn updated_ms(&self) -> i64 {
                self.updated_ms
            }
            fn set_updated_ms(&mut self, ms: i64) {
                self.updated_ms = ms;
            }
            fn deleted(&self) -> bool {
                self.deleted
            }
        }
    };
}

versioned!(Entry);
versioned!(Change);

impl Diary {
    /// Takes in every item of `other` by the merge rule (module doc); set-aside items are added
    /// unless already held word for word.
    pub fn merge(&mut self, other: &Diary) {
        merge_list(&mut self.entries, &other.entries);
        merge_list(&mut self.changes, &other.changes);
        let held = |s: &SetAside| {
            self.set_aside
                .iter()
                .any(|h| h.list == s.list && h.json == s.json)
        };
        let new: Vec<_> = other
            .set_aside
            .iter()
            .filter(|s| !held(s))
            .cloned()
            .collect();
        if !new.is_empty() {
            self.set_aside.extend(new);
            crate::order::sort_by(&mut self.set_aside, |a, b| a < b);
        }
    }

    /// What to write when saving over `stored` (the text in storage now, perhaps written by another
    /// tab since this one read it): the stored diary with this one merged in. `Err` when the stored
    /// text is refused ([`Problem::refuses_file`]): then nothing must be written over it.
    pub fn merged_with_stored(
        &self,
        stored: &str,
        v1_tz_offset_min: i32,
    ) -> Result<Diary, Vec<Problem>> {
        self.merged_with_stored_in::<serde_json::Value>(stored, v1_tz_offset_min)
    }

    /// As [`Diary::merged_with_stored`], parsing with `J`.
    pub fn merged_with_stored_in<J: crate::json::Json>(
        &self,
        stored: &str,
        v1_tz_offset_min: i32,
    ) -> Result<Diary, Vec<Problem>> {
        let (mut diary, problems) = Diary::read::<J>(stored, v1_tz_offset_min);
        if problems.iter().any(Problem::refuses_file) {
            return Err(problems);
        }
        diary.merge(self);
        Ok(diary)
    }
}

fn merge_list<T: Versioned>(mine: &mut Vec<T>, theirs: &[T]) {
    let mut at = Index::of(mine.iter().map(|item| item.id()));
    let mut changed = false;
    for item in theirs {
        match at.get(item.id()) {
            Some(i) => {
                if item.beats(&mine[i]) {
                    mine[i] = item.clone();
                    changed = true;
                }
            }
            None => {
                // Remembered, so that a list holding one ID twice still merges to one item.
                at.insert(item.id(), mine.len());
                mine.push(item.clone());
                changed = true;
            }
        }
    }
    if changed {
        // An edit may have moved an item in time.
        crate::order::sort_by(mine, |a, b| a.sort_key() < b.sort_key());
    }
}

/// Puts `item` in its place in a sorted list, replacing the item with its ID.
pub(crate) fn upsert<T: Versioned>(list: &mut Vec<T>, item: T) {
    if let Some(i) = list.iter().position(|o| o.id() == item.id()) {
        list.remove(i);
    }
    let at = list
        .binary_search_by(|o| o.sort_key().cmp(&item.sort_key()))
        .unwrap_or_else(|i| i);
    list.insert(at, item);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(id: &str, at: i64, updated: i64) -> Entry {
        Entry::logged(id, at, 0, updated)
    }

    #[test]
    fn the_later_version_wins_and_a_tombstone_wins_a_tie() {
        let old = e("a", 10, 100);
        let new = Entry {
            severity: Some(4),
            ..e("a", 10, 200)
        };
        assert!(new.beats(&old) && !old.beats(&new));
        let deleted = old.tombstone(100);
        assert!(deleted.beats(&old) && !old.beats(&deleted));
        // An edit made after the delete brings the entry back: the person meant it.
        assert!(new.beats(&deleted));
    }

    #[test]
    fn an_edit_that_moves_a_cramp_in_time_keeps_the_order() {
        let mut mine = Diary {
            entries: vec![e("a", 10, 10), e("b", 20, 20)],
            ..Diary::default()
        };
        let theirs = Diary {
            entries: vec![e("a", 30, 40)],
            ..Diary::default()
        };
        mine.merge(&theirs);
        let order: Vec<_> = mine
            .entries
            .iter()
            .map(|x| (x.id.as_str(), x.at_ms))
            .collect();
        assert_eq!(order, [("b", 20), ("a", 30)]);
    }

    #[test]
    fn upsert_replaces_by_id_in_time_order() {
        let mut list = vec![e("a", 10, 1), e("c", 30, 1)];
        upsert(&mut list, e("b", 20, 1));
        upsert(&mut list, e("a", 40, 2));
        let order: Vec<_> = list.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(order, ["b", "c", "a"]);
    }
}
