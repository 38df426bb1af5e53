//! Entries and changes to and from the saved form's JSON, by hand over `serde_json::Value` rather
//! than derived (de)serializers. The diary's wasm module loads on a phone when the diary opens;
//! derived code for each type, and the formatting of serde's error messages that comes with it,
//! tripled its size. The field names and shapes are the saved form's (store.rs), and the tests read
//! back everything written.

use crate::entry::{Change, Entry, Tried};
use crate::json::Json;

/// The fields of one item, with a message naming the field for every problem.
struct Fields<'a, J>(&'a J);

impl<'a, J: Json> Fields<'a, J> {
    fn of(value: &'a J) -> Result<Fields<'a, J>, String> {
        if value.is_object() {
            Ok(Fields(value))
        } else {
            Err("not a JSON object".into())
        }
    }

    fn required<T>(
        &self,
        name: &str,
        read: impl Fn(&J) -> Option<T>,
        what: &str,
    ) -> Result<T, String> {
        let v = self
            .0
            .field(name)
            .ok_or_else(|| format!("missing field `{name}`"))?;
        read(&v).ok_or_else(|| format!("`{name}` is not {what}"))
    }

    fn optional<T>(
        &self,
        name: &str,
        read: impl Fn(&J) -> Option<T>,
        what: &str,
    ) -> Result<Option<T>, String> {
        match self.0.field(name) {
            None => Ok(None),
            Some(v) => read(&v)
                .map(Some)
                .ok_or_else(|| format!("`{name}` is not {what}")),
        }
    }

    fn string(&self, name: &str) -> Result<String, String> {
        self.required(name, J::as_str, "text")
    }

    fn whole(&self, name: &str) -> Result<i64, String> {
        self.required(name, J::as_i64, "a whole number")
    }

    fn offset(&self) -> Result<i32, String> {
        self.required(
            "tz_offset_min",
            |v| v.as_i64().and_then(|n| i32::try_from(n).ok()),
            "a whole number of minutes",
        )
    }

    fn flag(&self, name: &str) -> Result<Option<bool>, String> {
        self.optional(name, J::as_bool, "true or false")
    }
}

fn small<J: Json, T: TryFrom<u64>>(v: &J) -> Option<T> {
    v.as_u64().and_then(|n| T::try_from(n).ok())
}

pub(crate) fn entry_from<J: Json>(value: &J) -> Result<Entry, String> {
    let f = Fields::of(value)?;
    Ok(Entry {
        id: f.string("id")?,
        at_ms: f.whole("at_ms")?,
        tz_offset_min: f.offset()?,
        muscle: f.optional("muscle", J::as_str, "text")?,
        duration_s: f.optional("duration_s", small::<J, u32>, "a whole number of seconds")?,
        severity: f.optional("severity", small::<J, u8>, "a whole number from 0 to 10")?,
        night: f.flag("night")?,
        exercise: f.flag("exercise")?,
        note: f.optional("note", J::as_str, "text")?.unwrap_or_default(),
        updated_ms: f.whole("updated_ms")?,
        deleted: f.flag("deleted")?.unwrap_or(false),
    })
}

pub(crate) fn change_from<J: Json>(value: &J) -> Result<Change, String> {
    let f = Fields::of(value)?;
    let what = f.required(
        "what",
        |v| {
            if v.field_count() != 1 {
                return None;
            }
            match (v.field("advice"), v.field("free")) {
                (Some(id), None) => id.as_str().map(Tried::Advice),
                (None, Some(text)) => text.as_str().map(Tried::Free),
                _ => None,
            }
        },
        "{ \"advice\": ID } or { \"free\": text }",
    )?;
    Ok(Change {
        id: f.string("id")?,
        at_ms: f.whole("at_ms")?,
        tz_offset_min: f.offset()?,
        what,
        updated_ms: f.whole("updated_ms")?,
        deleted: f.flag("deleted")?.unwrap_or(false),
    })
}

/// Writes a JSON object by hand, fields in the order written; fields not set are left out. (Also
/// the diary module's view for its page: diary-web/src/to_json.rs.)
pub struct Writer(pub String);

impl Writer {
    /// An object's writer: `{`, then the fields, then [`Writer::end`].
    pub fn object() -> Writer {
        Writer(String::from("{"))
    }

    pub fn end(mut self) -> String {
        self.0.push('}');
        self.0
    }

    fn key(&mut self, name: &str) {
        if !self.0.ends_with('{') {
            self.0.push(',');
        }
        self.0.push('"');
        self.0.push_str(name);
        self.0.push_str("\":");
    }

    pub fn text(&mut self, name: &str, value: &str) {
        self.key(name);
        quote(&mut self.0, value);
    }

    /// A field whose value is JSON already (an array or object written before).
    pub fn raw(&mut self, name: &str, json: &str) {
        self.key(name);
        self.0.push_str(json);
    }

    pub fn number(&mut self, name: &str, value: i64) {
        self.raw(name, &value.to_string());
    }

    pub fn flag(&mut self, name: &str, value: Option<bool>) {
        if let Some(b) = value {
            self.raw(name, if b { "true" } else { "false" });
        }
    }
}

/// `text` as a JSON string (RFC 8259: quote, backslash and control characters escaped).
pub fn quote(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A JSON array of items already written.
pub fn array(items: impl Iterator<Item = String>) -> String {
    let mut out = String::from("[");
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&item);
    }
    out.push(']');
    out
}

/// One entry in the saved form.
pub(crate) fn entry_json(e: &Entry) -> String {
    let mut w = Writer::object();
    w.text("id", &e.id);
    w.number("at_ms", e.at_ms);
    w.number("tz_offset_min", i64::from(e.tz_offset_min));
    if let Some(m) = &e.muscle {
        w.text("muscle", m);
    }
    if let Some(d) = e.duration_s {
        w.number("duration_s", i64::from(d));
    }
    if let Some(s) = e.severity {
        w.number("severity", i64::from(s));
    }
    w.flag("night", e.night);
    w.flag("exercise", e.exercise);
    if !e.note.is_empty() {
        w.text("note", &e.note);
    }
    w.number("updated_ms", e.updated_ms);
    w.flag("deleted", e.deleted.then_some(true));
    w.end()
}

/// One change in the saved form.
pub(crate) fn change_json(c: &Change) -> String {
    let mut what = Writer::object();
    match &c.what {
        Tried::Advice(id) => what.text("advice", id),
        Tried::Free(text) => what.text("free", text),
    }
    let mut w = Writer::object();
    w.text("id", &c.id);
    w.number("at_ms", c.at_ms);
    w.number("tz_offset_min", i64::from(c.tz_offset_min));
    w.raw("what", &what.end());
    w.number("updated_ms", c.updated_ms);
    w.flag("deleted", c.deleted.then_some(true));
    w.end()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn an_entry_reads_back_as_written() {
        let e = Entry {
            muscle: Some("calf".into()),
            duration_s: Some(90),
            severity: Some(6),
            night: Some(true),
            exercise: Some(false),
            note: "after a \"long\" walk\\\n\u{1}é".into(),
            ..Entry::logged("a-1", 1_763_683_200_000, -300, 1_763_683_260_000)
        };
        let json = entry_json(&e);
        assert!(
            json.starts_with(
                r#"{"id":"a-1","at_ms":1763683200000,"tz_offset_min":-300,"muscle":"calf""#
            ),
            "{json}"
        );
        let value: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(entry_from(&value).unwrap(), e);
        let tomb = entry_json(&e.tombstone(5));
        assert!(
            tomb.ends_with(r#""updated_ms":5,"deleted":true}"#),
            "{tomb}"
        );
    }

    #[test]
    fn a_change_reads_back_as_written() {
        for what in [
            Tried::Advice("prevent_x".into()),
            Tried::Free("new shoes".into()),
        ] {
            let c = Change::new("c", 10, 60, what, 11);
            let json = change_json(&c);
            let value: Value = serde_json::from_str(&json).unwrap();
            assert_eq!(change_from(&value).unwrap(), c, "{json}");
        }
    }

    #[test]
    fn each_problem_names_the_field() {
        let read =
            |json: &str| entry_from(&serde_json::from_str::<Value>(json).unwrap()).unwrap_err();
        assert_eq!(read("[]"), "not a JSON object");
        assert_eq!(
            read(r#"{"id":"x","tz_offset_min":0,"updated_ms":1}"#),
            "missing field `at_ms`"
        );
        assert_eq!(
            read(r#"{"id":"x","at_ms":"soon","tz_offset_min":0,"updated_ms":1}"#),
            "`at_ms` is not a whole number"
        );
        assert_eq!(
            read(r#"{"id":"x","at_ms":1,"tz_offset_min":0,"updated_ms":1,"severity":300}"#),
            "`severity` is not a whole number from 0 to 10"
        );
        assert_eq!(
            read(r#"{"id":"x","at_ms":1,"tz_offset_min":1e10,"updated_ms":1}"#),
            "`tz_offset_min` is not a whole number of minutes"
        );
        // Null is "not given", as before.
        assert!(entry_from(
            &serde_json::from_str::<Value>(
                r#"{"id":"x","at_ms":1,"tz_offset_min":0,"updated_ms":1,"muscle":null}"#
            )
            .unwrap()
        )
        .is_ok());
        let change =
            |json: &str| change_from(&serde_json::from_str::<Value>(json).unwrap()).unwrap_err();
        assert_eq!(
            change(r#"{"id":"c","at_ms":1,"tz_offset_min":0,"updated_ms":1,"what":{"pill":"x"}}"#),
            "`what` is not { \"advice\": ID } or { \"free\": text }"
        );
    }
}
