//! Reading the saved form: which schema a text is, every readable item kept, every unreadable
//! one set aside with its reason, and files this version must not write over refused.

use crate::index::Index;

use serde_json::Value;

use crate::entry::{clean_note, Change, Entry, Invalid};
use crate::json::Json;
use crate::merge::Versioned;
use crate::migrate;
use crate::store::{Diary, List, Problem, SetAside, SCHEMA};

impl Diary {
    /// Reads a saved diary or an imported file. Schema-1 cramps get UTC as their offset; the app
    /// should use [`Diary::from_json_with_offset`] with the device's offset when it may meet one.
    pub fn from_json(text: &str) -> (Diary, Vec<Problem>) {
        Diary::from_json_with_offset(text, 0)
    }

    /// As [`Diary::from_json`]; `v1_tz_offset_min` is the offset given to schema-1 cramps, which
    /// did not record one (the device's offset now is the best guess).
    ///
    /// Every readable item is kept; each unreadable one is set aside with a problem naming why.
    /// Empty text is an empty diary (nothing saved yet). A refused file gives an empty diary and a
    /// problem for which [`Problem::refuses_file`] holds.
    pub fn from_json_with_offset(text: &str, v1_tz_offset_min: i32) -> (Diary, Vec<Problem>) {
        Diary::read::<Value>(text, v1_tz_offset_min)
    }

    /// As [`Diary::from_json_with_offset`], parsing with `J` (the wasm module uses the browser's
    /// own JSON parser).
    pub fn read<J: Json>(text: &str, v1_tz_offset_min: i32) -> (Diary, Vec<Problem>) {
        if text.trim().is_empty() {
            return (Diary::default(), Vec::new());
        }
        let refused = |why: String| (Diary::default(), vec![Problem::NotADiary { why }]);
        let value = match J::parse(text) {
            Ok(v) => v,
            Err(e) => return refused(format!("not JSON ({e})")),
        };
        if !value.is_object() {
            return refused("not a JSON object".into());
        }
        let result = match (value.field("schema"), value.field("version")) {
            (Some(schema), _) => match schema.as_u64() {
                Some(SCHEMA) => read_v2(&value),
                Some(found) if found > SCHEMA => {
                    return (Diary::default(), vec![Problem::NewerSchema { found }])
                }
                _ => Err(format!(
                    "schema {} is not one this app knows",
                    schema.text()
                )),
            },
            (None, Some(v)) if v.as_u64() == Some(1) => migrate::read_v1(&value, v1_tz_offset_min),
            (None, Some(v)) => Err(format!("version {} is not one this app knows", v.text())),
            (None, None) => Err("no \"schema\" field".into()),
        };
        match result {
            Ok(read) => read,
            Err(why) => refused(why),
        }
    }
}

/// Reads schema 2.
fn read_v2<J: Json>(obj: &J) -> Result<(Diary, Vec<Problem>), String> {
    let mut reader = Reader::default();
    for item in list(obj.field("entries"), "entries")? {
        reader.read(List::Entries, &item, None);
    }
    for item in list(obj.field("changes"), "changes")? {
        reader.read(List::Changes, &item, None);
    }
    for record in list(obj.field("set_aside"), "set_aside")? {
        let list = match record.field("list").and_then(|l| l.as_str()).as_deref() {
            Some("entries") => Some(List::Entries),
            Some("changes") => Some(List::Changes),
            _ => None,
        };
        match (list, record.field("item")) {
            (Some(list), Some(item)) => {
                let why = record.field("why").and_then(|w| w.as_str());
                reader.read(list, &item, why.as_deref());
            }
            // Damaged: kept whole, as an entry that cannot be read.
            _ => reader.set_aside_because(
                List::Entries,
                &record,
                "a damaged set-aside record".into(),
            ),
        }
    }
    Ok(reader.finish())
}

/// A list field of the saved form; a missing one is empty, anything else refuses the file.
pub(crate) fn list<J: Json>(value: Option<J>, name: &str) -> Result<Vec<J>, String> {
    match value {
        None => Ok(Vec::new()),
        Some(v) => v.items().ok_or_else(|| format!("\"{name}\" is not a list")),
    }
}

/// Collects items as they are read, one per ID, and sets aside those that cannot be read.
#[derive(Default)]
pub(crate) struct Reader {
    entries: Vec<Entry>,
    entry_at: Index,
    changes: Vec<Change>,
    change_at: Index,
    set_aside: Vec<SetAside>,
    problems: Vec<Problem>,
}

impl Reader {
    /// Reads one item of `list`; one that cannot be read is set aside with `earlier_why` (the
    /// reason it was first set aside, which says more than a second failure) or its own reason.
    pub(crate) fn read<J: Json>(&mut self, list: List, value: &J, earlier_why: Option<&str>) {
        let read = match list {
            List::Entries => {
                read_entry(value).map(|e| keep_one(&mut self.entries, &mut self.entry_at, e))
            }
            List::Changes => {
                read_change(value).map(|c| keep_one(&mut self.changes, &mut self.change_at, c))
            }
        };
        if let Err(why) = read {
            self.set_aside_because(list, value, earlier_why.map_or(why, str::to_string));
        }
    }

    /// A schema-1 cramp, already turned into an entry (`value` is its original JSON, kept if the
    /// entry is invalid).
    pub(crate) fn migrated_entry<J: Json>(&mut self, e: Entry, value: &J) {
        match valid(e.validate()) {
            Ok(()) => keep_one(&mut self.entries, &mut self.entry_at, e),
            Err(why) => self.set_aside_because(List::Entries, value, why),
        }
    }

    pub(crate) fn set_aside_because<J: Json>(&mut self, list: List, value: &J, why: String) {
        let id = value.field("id").and_then(|i| i.as_str());
        self.problems.push(Problem::SetAside {
            list,
            id,
            why: why.clone(),
        });
        self.set_aside.push(SetAside {
            list,
            json: value.text(),
            why,
        });
    }

    pub(crate) fn finish(mut self) -> (Diary, Vec<Problem>) {
        crate::order::sort_by(&mut self.entries, |a, b| a.sort_key() < b.sort_key());
        crate::order::sort_by(&mut self.changes, |a, b| a.sort_key() < b.sort_key());
        // The same order as merges keep; the same item twice is kept once.
        crate::order::sort_by(&mut self.set_aside, |a, b| a < b);
        self.set_aside
            .dedup_by(|a, b| a.list == b.list && a.json == b.json);
        let diary = Diary {
            entries: self.entries,
            changes: self.changes,
            set_aside: self.set_aside,
        };
        (diary, self.problems)
    }
}

fn read_entry<J: Json>(value: &J) -> Result<Entry, String> {
    let mut e = crate::codec::entry_from(value)?;
    e.note = clean_note(&e.note);
    valid(e.validate())?;
    Ok(e)
}

fn read_change<J: Json>(value: &J) -> Result<Change, String> {
    let mut c = crate::codec::change_from(value)?;
    c.clean();
    valid(c.validate())?;
    Ok(c)
}

/// The reasons, joined, when there are any.
fn valid(invalid: Vec<Invalid>) -> Result<(), String> {
    if invalid.is_empty() {
        return Ok(());
    }
    Err(crate::entry::reasons(&invalid))
}

/// Adds `item`, or lets it take the place of an item with the same ID if it wins the merge rule
/// (a file holding the same ID twice reads as if its two copies had been merged).
fn keep_one<T: Versioned>(list: &mut Vec<T>, at: &mut Index, item: T) {
    match at.get(item.id()) {
        Some(i) => {
            if item.beats(&list[i]) {
                list[i] = item;
            }
        }
        None => {
            at.insert(item.id(), list.len());
            list.push(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_is_not_a_diary_is_refused() {
        for text in [
            "{",
            "[1, 2]",
            "{\"entries\": []}",
            "{\"schema\": 1}",
            "{\"schema\": \"2\"}",
        ] {
            let (d, problems) = Diary::from_json(text);
            assert_eq!(d, Diary::default(), "{text}");
            assert!(
                matches!(problems.as_slice(), [p] if p.refuses_file()),
                "{text}: {problems:?}"
            );
        }
        let (_, problems) = Diary::from_json("{\"schema\": 2, \"entries\": {}}");
        assert_eq!(
            problems,
            vec![Problem::NotADiary {
                why: "\"entries\" is not a list".into()
            }]
        );
    }

    #[test]
    fn nothing_saved_yet_is_an_empty_diary() {
        assert_eq!(Diary::from_json("  "), (Diary::default(), vec![]));
        assert_eq!(
            Diary::from_json("{\"schema\": 2}"),
            (Diary::default(), vec![])
        );
    }
}
