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
    /// Opening a file saved with "Download for your clinic" (the clinic module reads it).
    Open,
    /// The cramp diary (drawn by its own module, web/diary.js).
    Diary,
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
            Screen::Open => "#/open".into(),
            Screen::Diary => "#/diary".into(),
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
            ("open", None) => Ok(Screen::Open),
            ("diary", None) => Ok(Screen::Diary),
            _ => Err(unknown()),
        }
    }
}

#[cfg(test)]
mod fuzz {
    //! 10^4 generated and mutated fragments through the real parser (with the real content's IDs):
    //! never a panic, an accepted fragment always names content that exists, and every valid
    //! screen's own fragment reads back as that screen.
    use super::Screen;
    use crate::content::CONTENT;
    use crate::hooks::use_history::screen_from_hash;

    const PIECES: [&str; 19] = [
        "#", "/", "//", "check", "relief", "sign", "muscle", "how-long", "urgent", "result",
        "summary", "diary", "calf", "who", "%2F", "..", "é", "\u{0}", " ",
    ];

    fn every_screen() -> Vec<Screen> {
        let mut all = vec![
            Screen::Start,
            Screen::ReliefCheck,
            Screen::ReliefDuration,
            Screen::Relief(None),
            Screen::ReliefUrgent,
            Screen::Result,
            Screen::Summary,
            Screen::Open,
            Screen::Diary,
        ];
        all.extend(CONTENT.questions.iter().map(|q| Screen::Question(q.id)));
        all.extend(
            CONTENT
                .relief_signs
                .iter()
                .map(|s| Screen::ReliefSign(s.id)),
        );
        all.extend(
            crate::leg_drawing::MUSCLES
                .iter()
                .map(|m| Screen::Relief(Some(m.muscle))),
        );
        all
    }

    #[test]
    fn valid_fragments_read_back_and_junk_never_panics() {
        let screens = every_screen();
        for s in &screens {
            assert_eq!(screen_from_hash(&s.to_hash()), Ok(*s), "{}", s.to_hash());
        }
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move || {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x9E37_79B9_7F4A_7C15)
        };
        let mut accepted = 0;
        for _ in 0..10_000 {
            // Half built from pieces, half a valid fragment with one mutation.
            let text = if next() % 2 == 0 {
                (0..next() % 6)
                    .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                    .collect::<String>()
            } else {
                let mut t = screens[(next() % screens.len() as u64) as usize].to_hash();
                let at = (next() as usize) % (t.len() + 1);
                let at = (0..=at).rev().find(|i| t.is_char_boundary(*i)).unwrap_or(0);
                match next() % 3 {
                    0 => t.insert_str(at, PIECES[(next() % PIECES.len() as u64) as usize]),
                    1 => t.truncate(at),
                    _ => t.push('x'),
                }
                t
            };
            if let Ok(screen) = screen_from_hash(&text) {
                accepted += 1;
                // Anything accepted is a real screen, whose own fragment reads back the same.
                assert!(screens.contains(&screen), "{text:?} gave {screen:?}");
            }
        }
        assert!(
            accepted > 100,
            "the mutations keep some valid fragments: {accepted}"
        );
    }
}
