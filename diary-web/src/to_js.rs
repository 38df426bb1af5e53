//! The figures as plain JavaScript objects and arrays, so web/diary.js gets them without a JSON
//! printer in the module or a parse in the page.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::view::{SideView, Summary, View};

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

fn array(items: impl Iterator<Item = JsValue>) -> JsValue {
    items.collect::<Array>().into()
}

fn text(s: &str) -> JsValue {
    JsValue::from_str(s)
}

fn maybe<T: Into<JsValue>>(v: Option<T>) -> JsValue {
    v.map_or(JsValue::UNDEFINED, Into::into)
}

fn number(n: i64) -> JsValue {
    JsValue::from(n as f64)
}

/// A rate in tenths as a number (1.5), for `Intl.NumberFormat`.
fn rate(t: Option<crampcheck_diary::Tenths>) -> JsValue {
    maybe(t.map(|t| f64::from(t.0) / 10.0))
}

fn muscles(list: &[(&str, u32)]) -> JsValue {
    array(
        list.iter()
            .map(|(m, n)| array([text(m), JsValue::from(*n)].into_iter())),
    )
}

fn side(s: &SideView) -> JsValue {
    object(&[
        ("days", JsValue::from(s.days)),
        ("cramps", JsValue::from(s.cramps)),
        ("per_week", rate(s.per_week)),
    ])
}

pub fn view(v: &View) -> JsValue {
    let entries = v.entries.iter().map(|e| {
        object(&[
            ("id", text(&e.id)),
            ("at", number(e.at)),
            ("tz", JsValue::from(e.tz)),
            ("muscle", maybe(e.muscle.as_deref().map(text))),
            ("duration", maybe(e.duration)),
            ("severity", maybe(e.severity)),
            ("night", maybe(e.night)),
            ("at_night", JsValue::from(e.at_night)),
            ("exercise", maybe(e.exercise)),
            ("note", text(&e.note)),
        ])
    });
    let weeks = v.weeks.iter().map(|w| {
        object(&[
            ("monday", text(&w.monday)),
            ("night", JsValue::from(w.night)),
            ("day", JsValue::from(w.day)),
            ("nights", JsValue::from(w.nights)),
            ("longest", maybe(w.longest_s)),
        ])
    });
    let prompts = v.prompts.iter().map(|p| {
        object(&[
            ("rule", text(&p.rule)),
            ("level", JsValue::from(p.level as u32)),
            ("level_name", text(p.level_name)),
            ("raised", JsValue::from(p.raised)),
        ])
    });
    let changes = v.changes.iter().map(|c| {
        object(&[
            ("id", text(&c.id)),
            ("at", number(c.at)),
            ("tz", JsValue::from(c.tz)),
            ("advice", text(&c.advice)),
            ("free", text(&c.free)),
            ("before", side(&c.before)),
            ("after", side(&c.after)),
            ("verdict", text(c.verdict)),
            ("mixed", JsValue::from(c.mixed)),
        ])
    });
    object(&[
        ("count", JsValue::from(v.count as u32)),
        ("entries", array(entries)),
        ("more", JsValue::from(v.more)),
        ("weeks", array(weeks)),
        ("longest", maybe(v.longest_s)),
        ("muscles", muscles(&v.muscles)),
        (
            "trend",
            object(&[
                ("direction", text(v.trend.direction)),
                ("last", rate(v.trend.last)),
                ("before", rate(v.trend.before)),
            ]),
        ),
        ("prompts", array(prompts)),
        ("changes", array(changes)),
    ])
}

pub fn summary(s: &Summary) -> JsValue {
    let tried = s.tried.iter().map(|(advice, free, at, tz)| {
        object(&[
            ("advice", text(advice)),
            ("free", text(free)),
            ("at", number(*at)),
            ("tz", JsValue::from(*tz)),
        ])
    });
    object(&[
        ("any", JsValue::from(s.any)),
        ("cramps", JsValue::from(s.cramps)),
        ("at_night", JsValue::from(s.at_night)),
        ("nights", JsValue::from(s.nights)),
        ("longest", maybe(s.longest_s)),
        ("muscles", muscles(&s.muscles)),
        ("tried", array(tried)),
    ])
}
