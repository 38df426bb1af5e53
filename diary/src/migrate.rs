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

use crate::entry::Entry;
use crate::json::Json;
use crate::read::{list, Reader};
use crate::store::{Diary, List, Problem};

struct V1Cramp {
    t: i64,
    m: Option<String>,
    d: Option<u32>,
}

impl V1Cramp {
    /// By hand, as schema 2's items are (codec.rs): derived readers cost the wasm module dearly.
    fn read<J: Json>(value: &J) -> Result<V1Cramp, String> {
        if !value.is_object() {
            return Err("not a JSON object".into());
        }
        let given = |k: &str| value.field(k);
        let t = given("t")
            .ok_or("missing field `t`")?
            .as_i64()
            .ok_or("`t` is not a whole number")?;
        let m = match given("m") {
            None => None,
            Some(v) => Some(v.as_str().ok_or("`m` is not text")?),
        };
        let d = match given("d") {
            None => None,
            Some(v) => Some(
                v.as_u64()
                    .and_then(|n| u32::try_from(n).ok())
                    .ok_or("`d` is not a whole number of seconds")?,
            ),
        };
        Ok(V1Cramp { t, m, d })
    }
}

pub(crate) fn read_v1<J: Json>(
    obj: &J,
    tz_offset_min: i32,
) -> Result<(Diary, Vec<Problem>), String> {
    let mut reader = Reader::default();
    // Cramps per millisecond seen so far (old files are short).
    let mut seen: Vec<(i64, u32)> = Vec::new();
    for value in list(obj.field("cramps"), "cramps")? {
        let value = &value;
        let cramp = match V1Cramp::read(value) {
            Ok(c) => c,
            Err(why) => {
                reader.set_aside_because(List::Entries, value, why.to_string());
                continue;
            }
        };
        let n = match seen.iter_mut().find(|(t, _)| *t == cramp.t) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                seen.push((cramp.t, 1));
                1
            }
        };
        let id = match n {
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
