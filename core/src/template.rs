//! The `{name}` placeholders in content and message texts, in one place for the app (which fills
//! them), the command-line tool (which prints filled texts) and the content check (which refuses
//! names nobody fills). Scanned by character, with no substring search, to stay small in the wasm.

/// The placeholders every text may use: the region's emergency number and its urgent route.
pub const ALWAYS: [&str; 2] = ["number", "urgent"];

/// A piece of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part<'a> {
    /// Words as they are (may contain a stray `}`).
    Text(&'a str),
    /// `{name}`.
    Name(&'a str),
    /// What follows a `{` that is never closed.
    Unclosed(&'a str),
}

/// The text in pieces, in order; joined back (names in braces) they give the text itself.
pub fn parts(text: &str) -> impl Iterator<Item = Part<'_>> {
    let mut pieces = text.split('{');
    let first = pieces.next().map(Part::Text);
    first.into_iter().chain(
        pieces
            .flat_map(|piece| match piece.split_once('}') {
                Some((name, rest)) => [Some(Part::Name(name)), Some(Part::Text(rest))],
                None => [Some(Part::Unclosed(piece)), None],
            })
            .flatten(),
    )
}

/// Replaces each `{name}` with its value; unknown names and broken braces are left as they are,
/// so a text with no values comes back unchanged.
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len());
    for part in parts(text) {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Name(n) => match values.iter().find(|(k, _)| *k == n) {
                Some((_, v)) => out.push_str(v),
                None => {
                    out.push('{');
                    out.push_str(n);
                    out.push('}');
                }
            },
            Part::Unclosed(p) => {
                out.push('{');
                out.push_str(p);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_known_names_and_keeps_the_rest() {
        assert_eq!(
            fill("Call {number} now", &[("number", "999")]),
            "Call 999 now"
        );
        assert_eq!(
            fill("{done} of {total}", &[("done", "3"), ("total", "12")]),
            "3 of 12"
        );
        assert_eq!(fill("a {x} b", &[]), "a {x} b");
        assert_eq!(fill("open { brace", &[]), "open { brace");
        assert_eq!(fill("stray } brace", &[]), "stray } brace");
        assert_eq!(fill("", &[]), "");
        assert_eq!(fill("{number}{number}", &[("number", "1")]), "11");
    }

    #[test]
    fn parts_name_each_piece() {
        let p: Vec<_> = parts("a {x} b {y").collect();
        assert_eq!(
            p,
            [
                Part::Text("a "),
                Part::Name("x"),
                Part::Text(" b "),
                Part::Unclosed("y")
            ]
        );
    }
}
