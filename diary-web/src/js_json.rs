//! The browser's own JSON parser and printer behind the diary core's [`Json`] trait: reading the
//! saved diary with them costs the module nothing, where serde_json's parser, printer and number
//! tables were more than half of it.

use crampcheck_diary::json::Json;
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

pub struct Js(pub JsValue);

/// Numbers beyond this are not exact in JavaScript (and no diary time comes near it).
const EXACT: f64 = 9_007_199_254_740_991.0;

impl Json for Js {
    fn parse(text: &str) -> Result<Js, String> {
        JSON::parse(text)
            .map(Js)
            .map_err(|_| "not valid JSON".into())
    }

    fn field(&self, name: &str) -> Option<Js> {
        // Own fields only: `toString` and the like are not the file's.
        let own = self.is_object()
            && Object::has_own::<JsValue>(self.0.unchecked_ref(), &JsValue::from_str(name));
        if !own {
            return None;
        }
        Reflect::get(&self.0, &JsValue::from_str(name))
            .ok()
            .filter(|v| !v.is_null() && !v.is_undefined())
            .map(Js)
    }

    fn is_object(&self) -> bool {
        self.0.is_object() && !Array::is_array(&self.0)
    }

    fn field_count(&self) -> usize {
        if self.is_object() {
            Object::keys(&Object::from(self.0.clone())).length() as usize
        } else {
            0
        }
    }

    fn items(&self) -> Option<Vec<Js>> {
        Array::is_array(&self.0).then(|| Array::from(&self.0).iter().map(Js).collect())
    }

    fn as_str(&self) -> Option<String> {
        self.0.as_string()
    }

    fn as_i64(&self) -> Option<i64> {
        self.0
            .as_f64()
            .filter(|n| n.fract() == 0.0 && n.abs() <= EXACT)
            .map(|n| n as i64)
    }

    fn as_u64(&self) -> Option<u64> {
        self.as_i64().and_then(|n| u64::try_from(n).ok())
    }

    fn as_bool(&self) -> Option<bool> {
        self.0.as_bool()
    }

    fn text(&self) -> String {
        JSON::stringify(&self.0)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| "null".into())
    }
}
