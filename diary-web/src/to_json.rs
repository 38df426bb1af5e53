//! The figures as JSON text for web/diary.js (`JSON.parse` on its side): written by hand with the
//! diary core's small writer, which cost the module less than building JavaScript objects field
//! by field across the boundary.

use crampcheck_diary::codec::{array, Writer};
use crampcheck_diary::Tenths;

use crate::view::{SideView, Summary, View};

fn opt_number(w: &mut Writer, name: &str, n: Option<i64>) {
    if let Some(n) = n {
        w.number(name, n);
    }
}

/// A rate in tenths as a number (1.5), for `Intl.NumberFormat`.
fn rate(w: &mut Writer, name: &str, t: Option<Tenths>) {
    if let Some(Tenths(t)) = t {
        let mut n = (t / 10).to_string();
        n.push('.');
        n.push(char::from(b'0' + (t % 10) as u8));
        w.raw(name, &n);
    }
}

fn muscles(list: &[(&str, u32)]) -> String {
    array(list.iter().map(|(m, n)| {
        let mut q = String::from("[");
        crampcheck_diary::codec::quote(&mut q, m);
        q.push(',');
        q.push_str(&n.to_string());
        q.push(']');
        q
    }))
}

fn side(s: &SideView) -> String {
    let mut w = Writer::object();
    w.number("days", s.days.into());
    w.number("cramps", s.cramps.into());
    rate(&mut w, "per_week", s.per_week);
    w.end()
}

pub fn view(v: &View) -> String {
    let entries = array(v.entries.iter().map(|e| {
        let mut w = Writer::object();
        w.text("id", &e.id);
        w.number("at", e.at);
        w.number("tz", e.tz.into());
        if let Some(m) = &e.muscle {
            w.text("muscle", m);
        }
        opt_number(&mut w, "duration", e.duration.map(i64::from));
        opt_number(&mut w, "severity", e.severity.map(i64::from));
        w.flag("night", e.night);
        w.flag("at_night", Some(e.at_night));
        w.flag("exercise", e.exercise);
        w.text("note", &e.note);
        w.end()
    }));
    let weeks = array(v.weeks.iter().map(|wk| {
        let mut w = Writer::object();
        w.text("monday", &wk.monday);
        w.number("night", wk.night.into());
        w.number("day", wk.day.into());
        w.number("nights", wk.nights.into());
        opt_number(&mut w, "longest", wk.longest_s.map(i64::from));
        w.end()
    }));
    let prompts = array(v.prompts.iter().map(|p| {
        let mut w = Writer::object();
        w.text("rule", &p.rule);
        w.text("level_name", p.level_name);
        w.flag("raised", Some(p.raised));
        w.end()
    }));
    let changes = array(v.changes.iter().map(|c| {
        let mut w = Writer::object();
        w.text("id", &c.id);
        w.number("at", c.at);
        w.number("tz", c.tz.into());
        w.text("advice", &c.advice);
        w.text("free", &c.free);
        w.raw("before", &side(&c.before));
        w.raw("after", &side(&c.after));
        w.text("verdict", c.verdict);
        w.flag("mixed", Some(c.mixed));
        w.end()
    }));
    let mut trend = Writer::object();
    trend.text("direction", v.trend.direction);
    rate(&mut trend, "last", v.trend.last);
    rate(&mut trend, "before", v.trend.before);
    let mut w = Writer::object();
    w.number("count", v.count as i64);
    w.raw("entries", &entries);
    w.flag("more", Some(v.more));
    w.raw("weeks", &weeks);
    opt_number(&mut w, "longest", v.longest_s.map(i64::from));
    w.raw("muscles", &muscles(&v.muscles));
    w.raw("trend", &trend.end());
    w.raw("prompts", &prompts);
    w.raw("changes", &changes);
    w.end()
}

pub fn summary(s: &Summary) -> String {
    let tried = array(s.tried.iter().map(|(advice, free, at, tz)| {
        let mut w = Writer::object();
        w.text("advice", advice);
        w.text("free", free);
        w.number("at", *at);
        w.number("tz", (*tz).into());
        w.end()
    }));
    let mut w = Writer::object();
    w.flag("any", Some(s.any));
    w.number("cramps", s.cramps.into());
    w.number("at_night", s.at_night.into());
    w.number("nights", s.nights.into());
    opt_number(&mut w, "longest", s.longest_s.map(i64::from));
    w.raw("muscles", &muscles(&s.muscles));
    w.raw("tried", &tried);
    w.end()
}
