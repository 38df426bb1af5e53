//! Schema 1, the first public format, read and turned into schema 2.
//!
//! ```json
//! { "version": 1, "cramps": [ { "t": 1763683200000, "m": "calf", "d": 90 } ] }
//! ```
//!
//! `t`: when, UTC ms (required); `m`: the muscle, one of quick relief's IDs (optional); `d`: how
//! long, in seconds (optional). It had no IDs, no time-zone offset, no edits and no deletes.
//!
//! Each cramp gets the ID `v1-<t>` (`v1-<t>-2`, `-3`… for cramps at the same millisecond), made
//! from its content rather than its place in the list, so that importing the same old file twice, or
//! an old file and a later copy of it with more cramps, gives each cramp once. Its `updated_ms` is
//! `t`, so any edit made since in schema 2 wins a merge. The offset is the caller's best guess (the
//! device's offset now).

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::entry::Entry;
use crate::read::{list, Reader};
use crate::store::{Diary, List, Problem};

#[derive(Deserialize)]
struct V1Cramp {
    t: i64,
    #[serde(default)]
    m: Option<String>,
    #[serde(default)]
    d: Option<u32>,
}

pub(crate) fn read_v1(
    obj: &Map<String, Value>,
    tz_offset_min: i32,
) -> Result<(Diary, Vec<Problem>), String> {
    let mut reader = Reader::default();
    let mut seen: HashMap<i64, u32> = HashMap::new();
    for value in list(obj.get("cramps"), "cramps")? {
        let cramp = match V1Cramp::deserialize(value) {
            Ok(c) => c,
            Err(e) => {
                reader.set_aside_because(List::Entries, value, e.to_string());
                continue;
            }
        };
        let n = seen.entry(cramp.t).or_insert(0);
        *n += 1;
        let id = match *n {
            1 => format!("v1-{}", cramp.t),
            n => format!("v1-{}-{n}", cramp.t),
        };
        let entry = Entry {
            muscle: cramp.m,
            duration_s: cramp.d,
            ..Entry::logged(id, cramp.t, tz_offset_min, cramp.t)
        };
        reader.migrated_entry(entry, value);
    }
    Ok(reader.finish())
}
