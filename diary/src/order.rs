//! One small stable sort for every list the diary orders. The standard library's sorts are fast
//! but large: each type sorted adds several KB to the diary's wasm module, which loads on a phone
//! when the diary opens. The lists are short or already nearly in order (entries are kept sorted,
//! and files are written sorted), where insertion sort is linear.

/// Sorts `v` stably by `less` (insertion sort).
pub fn sort_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by(&mut v, |a, b| a.0 < b.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, |a, b| a < b);
        let mut n: Vec<u32> = (0..500).rev().collect();
        sort_by(&mut n, |a, b| a < b);
        assert!(n.windows(2).all(|w| w[0] < w[1]));
    }
}
