//! Average-link agglomerative clustering over a sparse similarity graph: two clusters merge
//! while the mean similarity of their cross pairs is at least the threshold, best pair first.
//! Pairs without an edge count as similarity 0, so the result is the dense average link's
//! whenever the missing pairs are truly dissimilar; the work is bounded by the edges, not by
//! the square of the items.

use rustc_hash::FxHashMap;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A candidate merge: the clusters' mean similarity when it was pushed.
#[derive(PartialEq)]
struct Merge {
    mean: f64,
    a: u32,
    b: u32,
}

impl Eq for Merge {}

impl Ord for Merge {
    fn cmp(&self, other: &Self) -> Ordering {
        // Highest mean first; ties go to the smaller ids, so the result is deterministic.
        self.mean
            .total_cmp(&other.mean)
            .then_with(|| other.a.cmp(&self.a))
            .then_with(|| other.b.cmp(&self.b))
    }
}

impl PartialOrd for Merge {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Clusters `n` items joined by `edges` (`(i, j, similarity)`, each unordered pair once, `i !=
/// j`) at `threshold`: every item is in exactly one cluster, each cluster's items in ascending
/// order, the clusters ordered by their first item.
pub fn average_link(n: usize, edges: &[(u32, u32, f32)], threshold: f64) -> Vec<Vec<u32>> {
    // Each live cluster's summed similarity to each neighbour cluster.
    let mut sums: Vec<FxHashMap<u32, f64>> = vec![FxHashMap::default(); n];
    for &(i, j, s) in edges {
        debug_assert_ne!(i, j);
        *sums[i as usize].entry(j).or_default() += f64::from(s);
        *sums[j as usize].entry(i).or_default() += f64::from(s);
    }
    let mut size = vec![1u32; n];
    let mut members: Vec<Vec<u32>> = (0..n as u32).map(|i| vec![i]).collect();
    let mean = |sum: f64, a: u32, b: u32| sum / (f64::from(a) * f64::from(b));
    let mut heap: BinaryHeap<Merge> = BinaryHeap::new();
    for (a, neighbours) in sums.iter().enumerate() {
        for (&b, &sum) in neighbours {
            if (a as u32) < b && sum >= threshold {
                heap.push(Merge {
                    mean: sum,
                    a: a as u32,
                    b,
                });
            }
        }
    }
    while let Some(Merge { mean: m, a, b }) = heap.pop() {
        if m < threshold {
            break;
        }
        let (Some(&sum), true) = (sums[a as usize].get(&b), size[a as usize] > 0) else {
            continue;
        };
        if size[b as usize] == 0 {
            continue;
        }
        // Sizes change after merges, so a pushed mean may be stale: push the current one.
        let now = mean(sum, size[a as usize], size[b as usize]);
        if now != m {
            if now >= threshold {
                heap.push(Merge { mean: now, a, b });
            }
            continue;
        }
        // The cluster with more neighbours absorbs the other.
        let (keep, gone) = if sums[a as usize].len() >= sums[b as usize].len() {
            (a, b)
        } else {
            (b, a)
        };
        let absorbed = std::mem::take(&mut sums[gone as usize]);
        sums[keep as usize].remove(&gone);
        size[keep as usize] += size[gone as usize];
        size[gone as usize] = 0;
        let moved = std::mem::take(&mut members[gone as usize]);
        members[keep as usize].extend(moved);
        for (c, s) in absorbed {
            if c == keep {
                continue;
            }
            let neighbour = &mut sums[c as usize];
            neighbour.remove(&gone);
            *neighbour.entry(keep).or_default() += s;
            let total = {
                let entry = sums[keep as usize].entry(c).or_default();
                *entry += s;
                *entry
            };
            // Only a pair that gained similarity can have a higher mean than it had; the others
            // are corrected when popped.
            let now = mean(total, size[keep as usize], size[c as usize]);
            if now >= threshold {
                let (x, y) = (keep.min(c), keep.max(c));
                heap.push(Merge {
                    mean: now,
                    a: x,
                    b: y,
                });
            }
        }
    }
    let mut clusters: Vec<Vec<u32>> = members
        .into_iter()
        .filter(|m| !m.is_empty())
        .map(|mut m| {
            m.sort_unstable();
            m
        })
        .collect();
    clusters.sort_unstable_by_key(|m| m[0]);
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn average_link_merges_by_mean_similarity() {
        // 0-1-2 are close; 3 is close to 2 only, so its mean to {0, 1, 2} is low.
        let edges = [
            (0, 1, 0.9),
            (1, 2, 0.8),
            (0, 2, 0.7),
            (2, 3, 0.6),
            (4, 5, 0.1),
        ];
        assert_eq!(
            average_link(6, &edges, 0.5),
            vec![vec![0, 1, 2], vec![3], vec![4], vec![5]]
        );
        assert_eq!(
            average_link(6, &edges, 0.1),
            vec![vec![0, 1, 2, 3], vec![4, 5]]
        );
        assert_eq!(average_link(3, &[], 0.5), vec![vec![0], vec![1], vec![2]]);
    }
}
