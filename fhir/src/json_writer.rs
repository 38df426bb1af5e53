//! A writer for JSON of a shape known in advance (the QuestionnaireResponse). The clinic module
//! writes responses on the doctor's summary, where serde_json's `Value` tree and serializer would
//! double its size; reading files (`read.rs`) still goes through serde_json, in its own module.

/// Writes values in order; commas are placed for the caller.
pub struct Json {
    out: String,
    /// One flag per open object or array: has it had a member yet?
    open: Vec<bool>,
    /// A key was just written: the next value belongs to it.
    after_key: bool,
}

impl Json {
    pub fn new() -> Self {
        Json {
            out: String::new(),
            open: Vec::new(),
            after_key: false,
        }
    }

    fn separate(&mut self) {
        if self.after_key {
            self.after_key = false;
        } else if let Some(has) = self.open.last_mut() {
            if *has {
                self.out.push(',');
            }
            *has = true;
        }
    }

    fn quoted(&mut self, s: &str) {
        self.out.push('"');
        for c in s.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                c if (c as u32) < 0x20 => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.out.push_str("\\u00");
                    self.out.push(HEX[(c as usize) >> 4] as char);
                    self.out.push(HEX[(c as usize) & 15] as char);
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }

    pub fn key(&mut self, k: &str) -> &mut Self {
        self.separate();
        self.quoted(k);
        self.out.push(':');
        self.after_key = true;
        self
    }

    pub fn str(&mut self, s: &str) -> &mut Self {
        self.separate();
        self.quoted(s);
        self
    }

    /// `"key": "value"` in the open object.
    pub fn field(&mut self, k: &str, v: &str) -> &mut Self {
        self.key(k).str(v)
    }

    fn begin(&mut self, bracket: char) -> &mut Self {
        self.separate();
        self.out.push(bracket);
        self.open.push(false);
        self
    }

    fn end(&mut self, bracket: char) -> &mut Self {
        self.open.pop();
        self.out.push(bracket);
        self
    }

    pub fn begin_object(&mut self) -> &mut Self {
        self.begin('{')
    }

    pub fn end_object(&mut self) -> &mut Self {
        self.end('}')
    }

    pub fn begin_array(&mut self) -> &mut Self {
        self.begin('[')
    }

    pub fn end_array(&mut self) -> &mut Self {
        self.end(']')
    }

    pub fn finish(self) -> String {
        self.out
    }
}

impl Default for Json {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::Json;

    #[test]
    fn writes_what_serde_json_reads_back_with_every_awkward_character() {
        let awkward = "a \"quote\", a \\ backslash, a\nnew line, a tab\t, a bell \u{7}, é, 痛, 🦵";
        let mut j = Json::new();
        j.begin_object()
            .field("text", awkward)
            .key("list")
            .begin_array();
        j.str("one")
            .begin_object()
            .field("k", "v")
            .end_object()
            .begin_array()
            .end_array();
        j.end_array()
            .key("empty")
            .begin_object()
            .end_object()
            .end_object();
        let text = j.finish();
        let v: serde_json::Value = serde_json::from_str(&text).expect(&text);
        assert_eq!(v["text"], awkward);
        assert_eq!(v["list"], serde_json::json!(["one", { "k": "v" }, []]));
        assert_eq!(v["empty"], serde_json::json!({}));
    }
}
