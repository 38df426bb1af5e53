//! What reading the saved form needs of a parsed JSON value, so the same reading code runs over
//! serde_json's `Value` (natively, in the tests and tools) and over the browser's own `JSON.parse`
//! (in the diary's wasm module, diary-web/src/js_json.rs), which costs the module nothing: a JSON
//! parser and printer compiled into it were over half of its size.

use serde_json::Value;

pub trait Json: Sized {
    /// Parses `text`, or says why it is not JSON.
    fn parse(text: &str) -> Result<Self, String>;
    /// An object's field; `None` when this is not an object, or the field is absent or null.
    fn field(&self, name: &str) -> Option<Self>;
    fn is_object(&self) -> bool;
    /// An object's number of fields (0 for anything else).
    fn field_count(&self) -> usize;
    /// An array's items; `None` when this is not an array.
    fn items(&self) -> Option<Vec<Self>>;
    fn as_str(&self) -> Option<String>;
    /// A whole number that fits.
    fn as_i64(&self) -> Option<i64>;
    fn as_u64(&self) -> Option<u64>;
    fn as_bool(&self) -> Option<bool>;
    /// The value as compact JSON text (kept word for word when an item is set aside).
    fn text(&self) -> String;
}

impl Json for Value {
    fn parse(text: &str) -> Result<Value, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    fn field(&self, name: &str) -> Option<Value> {
        self.get(name).filter(|v| !v.is_null()).cloned()
    }

    fn is_object(&self) -> bool {
        Value::is_object(self)
    }

    fn field_count(&self) -> usize {
        self.as_object().map_or(0, |o| o.len())
    }

    fn items(&self) -> Option<Vec<Value>> {
        self.as_array().cloned()
    }

    fn as_str(&self) -> Option<String> {
        Value::as_str(self).map(str::to_string)
    }

    fn as_i64(&self) -> Option<i64> {
        Value::as_i64(self)
    }

    fn as_u64(&self) -> Option<u64> {
        Value::as_u64(self)
    }

    fn as_bool(&self) -> Option<bool> {
        Value::as_bool(self)
    }

    fn text(&self) -> String {
        self.to_string()
    }
}
