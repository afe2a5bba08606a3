//! Word-level differences between two renderings of one quotation (quote drift).

use serde::Serialize;

/// One run of a word diff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "op", content = "words", rename_all = "lowercase")]
pub enum Change {
    /// Words both renderings have.
    Same(String),
    /// Words only the reference rendering has.
    Removed(String),
    /// Words only the other rendering has.
    Added(String),
}

/// The longest-common-subsequence diff of two word lists, as runs. Quadratic in the words of the
/// two quotes, which are short; past `LIMIT` words each the remainder is one replacement. Words
/// are compared by their `Eq` (interned words compare as integers) and written by their text.
pub fn words<W: AsRef<str> + Eq>(reference: &[W], other: &[W]) -> Vec<Change> {
    const LIMIT: usize = 2000;
    let (a, b) = (
        &reference[..reference.len().min(LIMIT)],
        &other[..other.len().min(LIMIT)],
    );
    let (n, m) = (a.len(), b.len());
    // lcs[i][j]: length of the LCS of a[i..] and b[j..].
    let mut lcs = vec![0u16; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] = if a[i] == b[j] {
                lcs[at(i + 1, j + 1)] + 1
            } else {
                lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
            };
        }
    }
    let mut out: Vec<Change> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            push(&mut out, Op::Same, a[i].as_ref());
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)]) {
            push(&mut out, Op::Added, b[j].as_ref());
            j += 1;
        } else {
            push(&mut out, Op::Removed, a[i].as_ref());
            i += 1;
        }
    }
    let joined = |words: &[W]| {
        let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
        words.join(" ")
    };
    if reference.len() > n {
        push(&mut out, Op::Removed, &joined(&reference[n..]));
    }
    if other.len() > m {
        push(&mut out, Op::Added, &joined(&other[m..]));
    }
    out
}

/// Which sort of run a word goes to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Same,
    Removed,
    Added,
}

/// Appends `words` to the run `out` ends with when it is of the same sort, else starts a run:
/// one string per run, not one per word.
fn push(out: &mut Vec<Change>, op: Op, words: &str) {
    match out.last_mut() {
        Some(Change::Same(run)) if op == Op::Same => extend(run, words),
        Some(Change::Removed(run)) if op == Op::Removed => extend(run, words),
        Some(Change::Added(run)) if op == Op::Added => extend(run, words),
        _ => out.push(match op {
            Op::Same => Change::Same(words.to_owned()),
            Op::Removed => Change::Removed(words.to_owned()),
            Op::Added => Change::Added(words.to_owned()),
        }),
    }
}

fn extend(run: &mut String, words: &str) {
    run.push(' ');
    run.push_str(words);
}

/// True when the diff has no change.
pub fn is_same(changes: &[Change]) -> bool {
    changes.iter().all(|c| matches!(c, Change::Same(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_owned).collect()
    }

    #[test]
    fn a_dropped_and_a_changed_word_show_as_runs() {
        let d = words(
            &w("we will make the railway a key core project"),
            &w("we will make railway a key project"),
        );
        assert_eq!(
            d,
            [
                Change::Same("we will make".into()),
                Change::Removed("the".into()),
                Change::Same("railway a key".into()),
                Change::Removed("core".into()),
                Change::Same("project".into()),
            ]
        );
        assert!(!is_same(&d));
        assert!(is_same(&words(&w("a b"), &w("a b"))));
    }

    #[test]
    fn additions_are_marked_as_such() {
        let d = words(&w("a c"), &w("a b c"));
        assert_eq!(
            d,
            [
                Change::Same("a".into()),
                Change::Added("b".into()),
                Change::Same("c".into())
            ]
        );
    }
}
