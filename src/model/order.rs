//! Stable sorting through one compiled sort. Each `slice::sort_by` call site, with a closure of
//! its own, compiles its own copy of the standard library's sort: in the browser build that was
//! 129 functions and 70 KB of wasm for 17 sorts (measured by name, bench/RESULTS.md). Here the
//! sort itself is compiled once, on item indices, and each call site only adds its comparison
//! and a move of the items into their new order. The result is the standard stable sort's.
use std::cmp::Ordering;

/// Sorts `items` stably by `cmp` (as `slice::sort_by`: equal items keep their order).
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_indices(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    // Every index is in `order` once, so every slot is taken once.
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` stably by the key `key` gives each (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The indices `0..n` in the stable order `cmp` gives them: the one compiled sort.
#[inline(never)]
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equals_the_standard_stable_sort_on_ties_and_edges() {
        let cases: [Vec<(u8, u32)>; 4] = [
            vec![],
            vec![(1, 0)],
            vec![(2, 0), (1, 1), (2, 2), (1, 3), (0, 4), (2, 5)],
            (0..200).map(|i| ((i * 7 % 5) as u8, i)).collect(),
        ];
        for case in cases {
            let mut ours = case.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = case.clone();
            std.sort_by(|a, b| a.0.cmp(&b.0));
            assert_eq!(ours, std);
            let mut by_key = case.clone();
            sort_by_key(&mut by_key, |x| std::cmp::Reverse(x.0));
            let mut std_key = case;
            std_key.sort_by_key(|x| std::cmp::Reverse(x.0));
            assert_eq!(by_key, std_key);
        }
    }
}
