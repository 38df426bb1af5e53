//! Reads the content files into their raw structs, before anything is resolved.

use super::display_path;
use crate::error::{Item, Problems};
use crate::raw::*;
use serde::de::DeserializeOwned;
use std::path::Path;

/// A file as read: its path as shown in messages, and its contents.
pub(super) type Read<T> = (String, T);

/// Every content file, each parsed but not yet checked.
pub(super) struct Files {
    pub meta: Read<RawMeta>,
    pub sources: Read<RawSources>,
    pub questions: Read<RawQuestions>,
    pub rules: Read<RawRules>,
    pub messages: Read<RawMessages>,
    pub never: Read<RawNeverSay>,
    pub relief: Read<RawRelief>,
    pub plain: Read<RawPlainLanguage>,
    /// The `advice/*.toml` files that could be read, by name.
    pub advice: Vec<Read<RawAdviceFile>>,
}

/// Reads every file, reporting each one that is missing or malformed; `None` if any is, since
/// resolving references against a partial content would only add confusing follow-on problems.
pub(super) fn read_all(root: &Path, problems: &mut Problems) -> Option<Files> {
    let meta = read(root, "meta.toml", problems);
    let sources = read(root, "sources.toml", problems);
    let questions = read(root, "questions.toml", problems);
    let rules = read(root, "rules.toml", problems);
    let messages = read(root, "messages.toml", problems);
    let never = read(root, "never_say.toml", problems);
    let relief = read(root, "relief.toml", problems);
    let plain = read(root, "plain_language.toml", problems);
    let advice = read_advice(root, problems);
    Some(Files {
        meta: meta?,
        sources: sources?,
        questions: questions?,
        rules: rules?,
        messages: messages?,
        never: never?,
        relief: relief?,
        plain: plain?,
        advice,
    })
}

fn read<T: DeserializeOwned>(root: &Path, rel: &str, problems: &mut Problems) -> Option<Read<T>> {
    let path = root.join(rel);
    let shown = display_path(root, &path);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            problems.add(&shown, Item::File, format!("cannot read the file: {e}"));
            return None;
        }
    };
    match toml::from_str(&text) {
        Ok(v) => Some((shown, v)),
        Err(e) => {
            let e = e.to_string();
            problems.add(&shown, Item::File, format!("not valid: {}", e.trim_end()));
            None
        }
    }
}

/// Advice is split by kind over the files of `advice/`, read in name order so the content (and
/// the generated code) does not depend on the order the file system lists them in.
fn read_advice(root: &Path, problems: &mut Problems) -> Vec<Read<RawAdviceFile>> {
    let dir = root.join("advice");
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) => {
            let shown = display_path(root, &dir);
            problems.add(&shown, Item::File, format!("cannot read the folder: {e}"));
            return Vec::new();
        }
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    names
        .iter()
        .filter_map(|n| read(root, &format!("advice/{n}"), problems))
        .collect()
}
