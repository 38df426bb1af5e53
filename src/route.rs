//! Screens and their URL fragments, so the browser's back button and reload work.

/// Every screen the app shows. Question and muscle IDs point into the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    /// Quick relief's first screen: the signs that make stretching wrong.
    ReliefCheck,
    /// "How long has it been cramping?", so the 10-minute clock starts at the cramp's start.
    ReliefDuration,
    /// A sign from the first screen: its rule's level and what to do.
    ReliefSign(&'static str),
    /// Quick relief; `None` while choosing the muscle.
    Relief(Option<&'static str>),
    /// "Still cramping after 10 minutes": the urgent advice.
    ReliefUrgent,
    Question(&'static str),
    Result,
    Summary,
}

/// A fragment that names something the content does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRoute(pub String);

impl Screen {
    pub fn to_hash(self) -> String {
        match self {
            Screen::Start => "#/".into(),
            Screen::ReliefCheck => "#/relief".into(),
            Screen::ReliefDuration => "#/relief/how-long".into(),
            Screen::ReliefSign(id) => format!("#/relief/sign/{id}"),
            Screen::Relief(None) => "#/relief/muscle".into(),
            Screen::Relief(Some(m)) => format!("#/relief/{m}"),
            Screen::ReliefUrgent => "#/relief/urgent".into(),
            Screen::Question(q) => format!("#/check/{q}"),
            Screen::Result => "#/result".into(),
            Screen::Summary => "#/summary".into(),
        }
    }

    /// Reads a fragment; IDs are checked against `questions`, `muscles` and relief `signs` so a
    /// tampered URL can never name something that does not exist.
    pub fn from_hash(
        hash: &str,
        question: impl Fn(&str) -> Option<&'static str>,
        muscle: impl Fn(&str) -> Option<&'static str>,
        sign: impl Fn(&str) -> Option<&'static str>,
    ) -> Result<Screen, UnknownRoute> {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let unknown = || UnknownRoute(hash.to_string());
        let mut parts = path.splitn(2, '/');
        match (parts.next().unwrap_or(""), parts.next()) {
            ("", None) => Ok(Screen::Start),
            ("relief", None) => Ok(Screen::ReliefCheck),
            ("relief", Some("how-long")) => Ok(Screen::ReliefDuration),
            ("relief", Some("muscle")) => Ok(Screen::Relief(None)),
            ("relief", Some("urgent")) => Ok(Screen::ReliefUrgent),
            ("relief", Some(rest)) if rest.starts_with("sign/") => rest
                .strip_prefix("sign/")
                .and_then(sign)
                .map(Screen::ReliefSign)
                .ok_or_else(unknown),
            ("relief", Some(m)) => muscle(m)
                .map(|m| Screen::Relief(Some(m)))
                .ok_or_else(unknown),
            ("check", Some(q)) => question(q).map(Screen::Question).ok_or_else(unknown),
            ("result", None) => Ok(Screen::Result),
            ("summary", None) => Ok(Screen::Summary),
            _ => Err(unknown()),
        }
    }
}
