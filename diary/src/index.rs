//! Where each ID is in a list: a sorted vector searched by halves. (A map type would do, but
//! each map type adds several KB of code to the diary's wasm module; this one is shared.)

#[derive(Default)]
pub(crate) struct Index(Vec<(String, usize)>);

impl Index {
    pub(crate) fn of<'a>(ids: impl Iterator<Item = &'a str>) -> Index {
        let mut index = Index::default();
        for (i, id) in ids.enumerate() {
            index.insert(id, i);
        }
        index
    }

    pub(crate) fn get(&self, id: &str) -> Option<usize> {
        self.0
            .binary_search_by(|(k, _)| k.as_str().cmp(id))
            .ok()
            .map(|i| self.0[i].1)
    }

    /// Remembers `id` at `at` (an ID already held keeps its first place).
    pub(crate) fn insert(&mut self, id: &str, at: usize) {
        if let Err(i) = self.0.binary_search_by(|(k, _)| k.as_str().cmp(id)) {
            self.0.insert(i, (id.to_string(), at));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_it_was_given() {
        let mut ix = Index::of(["b", "a", "c", "a"].into_iter());
        assert_eq!(
            (ix.get("a"), ix.get("b"), ix.get("c"), ix.get("d")),
            (Some(1), Some(0), Some(2), None)
        );
        ix.insert("d", 7);
        assert_eq!(ix.get("d"), Some(7));
    }
}
