//! Properties of merging and reading, over generated diaries: merges are commutative, associative
//! and idempotent (imports and tabs can merge in any order, any number of times), the saved form
//! reads back as itself, and no text makes reading panic.

use crampcheck_diary::{Change, Diary, Entry, Tried, MUSCLES};
use proptest::prelude::*;

/// Entries from a small pool of IDs and times, so that generated diaries share items, edits and
/// tombstones of one another's entries.
fn entry() -> impl Strategy<Value = Entry> {
    (
        0u8..8,
        0i64..6,
        0i64..4,
        any::<bool>(),
        proptest::option::of(0u8..=10),
        proptest::option::of(proptest::sample::select(MUSCLES.to_vec())),
        "[a-z ,\"]{0,6}",
    )
        .prop_map(|(id, at, updated, deleted, severity, muscle, note)| {
            let e = Entry {
                severity,
                muscle: muscle.map(str::to_string),
                note: note.trim().to_string(),
                ..Entry::logged(
                    format!("e{id}"),
                    1_000 + at * 3_600_000,
                    60,
                    5_000 + updated,
                )
            };
            if deleted {
                e.tombstone(e.updated_ms)
            } else {
                e
            }
        })
}

fn change() -> impl Strategy<Value = Change> {
    (0u8..4, 0i64..6, 0i64..4, "[a-z]{1,4}").prop_map(|(id, at, updated, words)| {
        Change::new(
            format!("c{id}"),
            1_000 + at,
            0,
            Tried::Free(words),
            5_000 + updated,
        )
    })
}

/// A diary as merges build them: the generated items merged into an empty diary (duplicate IDs in
/// the generated list resolve by the merge rule).
fn diary() -> impl Strategy<Value = Diary> {
    (
        proptest::collection::vec(entry(), 0..8),
        proptest::collection::vec(change(), 0..4),
    )
        .prop_map(|(entries, changes)| {
            let mut d = Diary::default();
            d.merge(&Diary {
                entries,
                changes,
                set_aside: Vec::new(),
            });
            d
        })
}

fn merged(a: &Diary, b: &Diary) -> Diary {
    let mut m = a.clone();
    m.merge(b);
    m
}

proptest! {
    #[test]
    fn merge_is_commutative(a in diary(), b in diary()) {
        prop_assert_eq!(merged(&a, &b), merged(&b, &a));
    }

    #[test]
    fn merge_is_associative(a in diary(), b in diary(), c in diary()) {
        prop_assert_eq!(merged(&merged(&a, &b), &c), merged(&a, &merged(&b, &c)));
    }

    #[test]
    fn merge_is_idempotent(a in diary(), b in diary()) {
        prop_assert_eq!(merged(&a, &a), a.clone());
        let once = merged(&a, &b);
        prop_assert_eq!(merged(&once, &b), once.clone());
    }

    #[test]
    fn merge_keeps_one_item_per_id(a in diary(), b in diary()) {
        let m = merged(&a, &b);
        let mut ids: Vec<_> = m.entries.iter().map(|e| e.id.clone()).collect();
        ids.dedup();
        prop_assert_eq!(ids.len(), m.entries.len());
        let all: std::collections::HashSet<_> =
            a.entries.iter().chain(&b.entries).map(|e| e.id.clone()).collect();
        prop_assert_eq!(all.len(), m.entries.len());
    }

    #[test]
    fn the_saved_form_reads_back_as_itself(a in diary()) {
        let (back, problems) = Diary::from_json(&a.to_json());
        prop_assert!(problems.is_empty(), "{:?}", problems);
        prop_assert_eq!(back, a);
    }

    #[test]
    fn no_text_makes_reading_panic(text in "\\PC{0,200}") {
        let _ = Diary::from_json(&text);
    }

    #[test]
    fn a_damaged_save_never_panics_and_refuses_or_keeps_every_item(
        a in diary(),
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let mut bytes = a.to_json().into_bytes();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        let text = String::from_utf8_lossy(&bytes);
        let (d, problems) = Diary::from_json(&text);
        if !problems.iter().any(|p| p.refuses_file()) {
            // Every item of the damaged file was read (its ID is in the diary) or set aside word
            // for word.
            let value: serde_json::Value = serde_json::from_str(&text).unwrap();
            for (list, ids) in [
                ("entries", d.entries.iter().map(|e| e.id.as_str()).collect::<Vec<_>>()),
                ("changes", d.changes.iter().map(|c| c.id.as_str()).collect()),
            ] {
                let items = value.get(list).and_then(|v| v.as_array()).cloned().unwrap_or_default();
                for item in items {
                    let read = item.get("id").and_then(|i| i.as_str()).is_some_and(|i| ids.contains(&i));
                    let text = item.to_string();
                    let aside = d.set_aside.iter().any(|s| s.json == text);
                    prop_assert!(read || aside, "lost: {}", item);
                }
            }
        }
    }
}
