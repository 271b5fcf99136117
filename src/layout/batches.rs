//! Building a long read-only page a batch per frame: which part of each list belongs to which
//! batch. Pure maths, so the split is tested natively and the component only shows batch `k`
//! once `k` frames have passed.
use std::ops::Range;

/// One run of consecutive items of one list that is built together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// The batch (from 0, in page order) that builds this run.
    pub batch: usize,
    /// The items of the list in this run.
    pub items: Range<usize>,
}

/// Splits lists of `counts` items, read one after the other, into batches of `per_batch` items:
/// for each list, its runs in order (empty lists have none). A batch may span the end of one list
/// and the start of the next, so every batch but the last holds exactly `per_batch` items.
pub fn parts(counts: &[usize], per_batch: usize) -> Vec<Vec<Part>> {
    let per_batch = per_batch.max(1);
    let mut before = 0;
    counts
        .iter()
        .map(|&count| {
            let mut runs = Vec::new();
            let mut i = 0;
            while i < count {
                let batch = (before + i) / per_batch;
                // The run ends where this batch ends or where the list ends.
                let end = ((batch + 1) * per_batch - before).min(count);
                runs.push(Part {
                    batch,
                    items: i..end,
                });
                i = end;
            }
            before += count;
            runs
        })
        .collect()
}

/// How many batches `parts` makes of lists holding `total` items in all.
pub fn batch_count(total: usize, per_batch: usize) -> usize {
    total.div_ceil(per_batch.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(batch: usize, items: Range<usize>) -> Part {
        Part { batch, items }
    }

    #[test]
    fn a_short_page_is_one_batch() {
        assert_eq!(
            parts(&[2, 0, 3], 100),
            vec![vec![p(0, 0..2)], vec![], vec![p(0, 0..3)]]
        );
        assert_eq!(batch_count(5, 100), 1);
    }

    #[test]
    fn batches_cross_list_boundaries() {
        // 7 + 5 items in batches of 4: [0..4] [4..7 | 0..1] [1..5].
        assert_eq!(
            parts(&[7, 5], 4),
            vec![vec![p(0, 0..4), p(1, 4..7)], vec![p(1, 0..1), p(2, 1..5)]]
        );
        assert_eq!(batch_count(12, 4), 3);
    }

    #[test]
    fn one_long_list_is_split_too() {
        let runs = parts(&[1000], 100);
        assert_eq!(runs[0].len(), 10);
        assert_eq!(runs[0][9], p(9, 900..1000));
    }

    #[test]
    fn every_item_is_in_exactly_one_run_in_order() {
        for per in 1..9 {
            let counts = [0, 3, 11, 0, 1, 8, 2];
            let all = parts(&counts, per);
            let mut batch_sizes = vec![0; batch_count(counts.iter().sum(), per)];
            for (list, runs) in all.iter().enumerate() {
                let covered: Vec<usize> = runs.iter().flat_map(|r| r.items.clone()).collect();
                assert_eq!(covered, (0..counts[list]).collect::<Vec<_>>());
                assert!(runs.windows(2).all(|w| w[0].batch < w[1].batch));
                for r in runs {
                    batch_sizes[r.batch] += r.items.len();
                }
            }
            let (last, full) = batch_sizes.split_last().unwrap();
            assert!(
                full.iter().all(|&n| n == per) && *last >= 1 && *last <= per,
                "{per}: {batch_sizes:?}"
            );
        }
    }

    #[test]
    fn nothing_to_build_is_no_batch() {
        assert_eq!(parts(&[], 10), Vec::<Vec<Part>>::new());
        assert_eq!(batch_count(0, 10), 0);
        assert_eq!(
            parts(&[3], 0),
            vec![vec![p(0, 0..1), p(1, 1..2), p(2, 2..3)]],
            "a zero batch size means one item per batch"
        );
    }
}
