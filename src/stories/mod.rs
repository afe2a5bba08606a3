//! Stories: articles grouped by the real-world event they report, from their text and
//! publication dates alone.
//!
//! Each article becomes a weighted bag of features: its words (lower case, stop words of
//! `data/lexicon/stopwords.txt` and numbers left out) and the names it gives in full (runs of
//! two or more capitalised words, [`crate::model::names::names_in`]), each weighted by
//! `(1 + ln tf) * idf` and names [`Config::name_weight`] times more (the headline's words
//! [`Config::headline_weight`] times over: it names the event), cut to its
//! [`Config::features`] heaviest and scaled to unit length. Two articles' similarity is the
//! cosine of their bags, lowered when their publication dates lie far apart
//! ([`time_factor`]) and when neither names any of the other's most telling names
//! ([`Config::unshared_names_factor`]). Average-link clustering ([`cluster::average_link`]) at
//! [`Config::threshold`] makes the stories.
//!
//! Pairs are never all compared: blocking lists each article under its [`Config::keys`]
//! heaviest features that are shared with at most [`Config::block`] others (its rare words and
//! names), and only articles listed together are compared. Memory and time grow with the
//! articles and the pairs blocking yields, not with their square. No IO: the caller hands in
//! the texts.

pub mod cluster;

use crate::model::lexicon::Lexicon;
use crate::model::names::{names_in, with_lowercase, Words};
use crate::model::time::Date;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use std::hash::Hasher;

/// One article as story grouping reads it.
#[derive(Clone, Copy, Debug)]
pub struct Document<'a> {
    pub id: &'a str,
    /// The headline, when it is not the text's first line already; read like the text.
    pub title: Option<&'a str>,
    pub text: &'a str,
    pub published: Option<Date>,
}

/// How articles are grouped. The defaults are the ones the README reports.
#[derive(Clone, Debug)]
pub struct Config {
    /// The least mean similarity at which two groups merge.
    pub threshold: f64,
    /// How much more a full name counts than a word.
    pub name_weight: f32,
    /// How many times the headline's words count. Counts pass through `1 + ln tf`, so 20 makes
    /// a headline word weigh about as much as a word said 20 times in the body (4.0 against
    /// 1.0 for one said once): the headline names the event, while a long article's body tells
    /// much background that neighbouring events share (the same rocket before and at its
    /// launch, the same country's other news). At 3 (2.1) the body drowned it.
    pub headline_weight: usize,
    /// The heaviest features kept per article.
    pub features: usize,
    /// Blocking keys per article: its heaviest features shared by at most `block` articles.
    pub keys: usize,
    /// The most articles a blocking key may join.
    pub block: usize,
    /// Publication dates this many days apart or fewer count as the same time.
    pub same_time_days: i32,
    /// An article's most telling names: its this many heaviest names (full names, and words
    /// its body writes capitalised inside a sentence).
    pub telling_names: usize,
    /// What a similarity counts when neither article names any of the other's telling
    /// names. Reports of one event name its people and places; two reports of look-alike
    /// events (two councils approving two harbours, two quakes in two towns, written from one
    /// template) share every common word and none of those names. Chosen with the news corpus
    /// (B-cubed 0.953 -> 0.954) and 2,000 generated articles of look-alike stories (72 of 500
    /// stories merged -> none).
    pub unshared_names_factor: f32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            threshold: 0.11,
            name_weight: 2.0,
            headline_weight: 20,
            features: 200,
            keys: 20,
            block: 100,
            same_time_days: 7,
            telling_names: 3,
            unshared_names_factor: 0.3,
        }
    }
}

/// A story: the articles (indices into the documents given) reporting one event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Story {
    /// Indices of its articles, ascending.
    pub articles: Vec<usize>,
    /// Its most telling names (or words) and its time span, for people.
    pub label: String,
    /// The first and last publication dates of its articles, when any is known.
    pub span: Option<(Date, Date)>,
}

/// What grouping yields besides the stories, for the record.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    /// Distinct features with two or more articles.
    pub features: usize,
    /// Pairs of articles compared (the blocking's candidates).
    pub pairs_compared: usize,
    /// Pairs kept as edges of the similarity graph.
    pub edges: usize,
}

/// Groups `docs` into stories: every article in exactly one, the stories in the order of their
/// first article.
pub fn group(docs: &[Document], config: &Config) -> (Vec<Story>, Stats) {
    let graph = Similarities::build(docs, config);
    (graph.stories(docs, config.threshold), graph.stats.clone())
}

/// The similarity graph of a corpus: the blocked pairs with their similarities, from which
/// stories are cut at a threshold (several thresholds cost one graph).
pub struct Similarities {
    bags: Bags,
    /// `(i, j, similarity)`, `i < j`, each pair once.
    pub edges: Vec<(u32, u32, f32)>,
    pub stats: Stats,
}

impl Similarities {
    pub fn build(docs: &[Document], config: &Config) -> Similarities {
        let bags = Bags::build(docs, config);
        let pairs = bags.candidate_pairs(config);
        let edges: Vec<(u32, u32, f32)> = pairs
            .par_iter()
            .filter_map(|&(i, j)| {
                let (a, b) = (&docs[i as usize], &docs[j as usize]);
                let (i, j) = (i as usize, j as usize);
                let (vi, vj) = (&bags.vectors[i], &bags.vectors[j]);
                let mut s = cosine(vi, vj) * time_factor(a.published, b.published, config);
                if !names_any(&bags.telling[i], vj) && !names_any(&bags.telling[j], vi) {
                    s *= config.unshared_names_factor;
                }
                (s > 0.0).then_some((i as u32, j as u32, s))
            })
            .collect();
        let stats = Stats {
            features: bags.keys.len(),
            pairs_compared: pairs.len(),
            edges: edges.len(),
        };
        Similarities { bags, edges, stats }
    }

    /// The stories at `threshold` (see [`Config::threshold`]).
    pub fn stories(&self, docs: &[Document], threshold: f64) -> Vec<Story> {
        cluster::average_link(docs.len(), &self.edges, threshold)
            .into_iter()
            .map(|members| {
                let articles: Vec<usize> = members.iter().map(|&m| m as usize).collect();
                let span = span(articles.iter().filter_map(|&a| docs[a].published));
                let label = self.bags.label(docs, &articles, span);
                Story {
                    articles,
                    label,
                    span,
                }
            })
            .collect()
    }
}

/// How much a similarity counts given the publication dates: 1 within
/// [`Config::same_time_days`], then falling towards one half, which it nears after some
/// months. Never less: a date may be an update's, and an event is reported again later.
pub fn time_factor(a: Option<Date>, b: Option<Date>, config: &Config) -> f32 {
    let (Some(a), Some(b)) = (a, b) else {
        return 1.0;
    };
    let apart = (a.days_until(b).abs() - config.same_time_days).max(0) as f32;
    0.5 + 0.5 * (-apart / 60.0).exp()
}

fn span(dates: impl Iterator<Item = Date>) -> Option<(Date, Date)> {
    dates.fold(None, |acc, d| match acc {
        None => Some((d, d)),
        Some((a, b)) => Some((a.min(d), b.max(d))),
    })
}

/// The cosine of two unit vectors sorted by feature (the baseline of `eval --stories` too).
pub fn cosine(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// The words of a text that are not stop words, lower case, each with at least one letter and
/// two characters, a possessive "'s" cut: the plain bag of words the baseline reads too. `each`
/// gets every one, in a buffer it may not keep.
pub fn each_word(text: &str, lex: &Lexicon, mut each: impl FnMut(&str)) {
    for (_, _, word) in Words::new(text) {
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        if word.len() < 2 || !word.chars().any(char::is_alphabetic) {
            continue;
        }
        with_lowercase(word, |lower| {
            if !lex.stopwords.contains(lower) {
                each(lower);
            }
        });
    }
}

/// False for the words of how news reports anything (speech verbs, numbers and scales, months,
/// weekdays, units of time): "said", "million" and "year" are in every story, and when only
/// the sentences of an article's claims are read they are much of what there is.
fn tells_of_events(word: &str, lex: &Lexicon) -> bool {
    use crate::model::lexicon::class;
    lex.class_of(word) & (class::SPEECH | class::NUMBER | class::MONTH | class::WEEKDAY) == 0
        && !lex.scales.contains_key(word)
        && !lex.time_units.contains_key(word)
}

/// Counts of [`each_word`]'s words.
pub fn word_counts(text: &str, lex: &Lexicon, counts: &mut FxHashMap<String, u32>) {
    each_word(text, lex, |w| match counts.get_mut(w) {
        Some(n) => *n += 1,
        None => {
            counts.insert(w.to_owned(), 1);
        }
    });
}

/// A feature's key: a 64-bit hash of its kind and text, so no feature is kept as a string
/// while a corpus is counted (two features of one corpus meet by chance with odds of about
/// one in 10^10 at a million distinct features).
fn key(kind: u8, text: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write_u8(kind);
    h.write(text.as_bytes());
    h.finish()
}

const WORD: u8 = 0;
const NAME: u8 = 1;

/// One article's features: keys and counts, and the text of its names (for labels).
struct Counted {
    counts: Vec<(u64, u32)>,
    names: Vec<(u64, String)>,
    /// Words the body writes capitalised inside a sentence (proper names of one word).
    propers: Vec<u64>,
}

/// The features of one text and their counts.
fn features_of(doc: &Document, lex: &Lexicon, config: &Config) -> Counted {
    let mut counts: FxHashMap<u64, u32> = FxHashMap::default();
    let mut names: FxHashMap<u64, String> = FxHashMap::default();
    let (headline, body) = match doc.title {
        Some(title) => (title, doc.text),
        None => doc.text.split_once('\n').unwrap_or((doc.text, "")),
    };
    // The headline says what the story is: its words count `headline_weight` times.
    each_word(headline, lex, |w| {
        if tells_of_events(w, lex) {
            *counts.entry(key(WORD, w)).or_default() += config.headline_weight as u32;
        }
    });
    each_word(body, lex, |w| {
        if tells_of_events(w, lex) {
            *counts.entry(key(WORD, w)).or_default() += 1;
        }
    });
    let mut propers: Vec<u64> = Vec::new();
    for (n, line) in [headline].into_iter().chain(body.lines()).enumerate() {
        for (start, _, name) in names_in(line) {
            // A capital opening a sentence (or the headline's title case) says nothing.
            let inside_sentence = line[..start]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(|c| !matches!(c, '.' | '!' | '?' | '"' | '“' | ':'));
            if n > 0 && inside_sentence && !name.contains(' ') {
                propers.push(key(WORD, &name.to_lowercase()));
            }
            if name.contains(' ') {
                let lower = name.to_lowercase();
                let k = key(NAME, &lower);
                *counts.entry(k).or_default() += 1;
                names.entry(k).or_insert(lower);
            }
        }
    }
    Counted {
        counts: counts.into_iter().collect(),
        names: names.into_iter().collect(),
        propers,
    }
}

/// Every article's unit vector of weighted features.
struct Bags {
    /// Feature ids to their keys (features of two or more articles only), ascending.
    keys: Vec<u64>,
    /// Articles per feature.
    df: Vec<u32>,
    /// The text of the names among them.
    names: FxHashMap<u32, String>,
    /// Each article's features, sorted by id, with unit length.
    vectors: Vec<Vec<(u32, f32)>>,
    /// Each article's telling names ([`Config::telling_names`]).
    telling: Vec<Vec<u32>>,
}

/// Whether a vector (sorted by feature) holds any of `names`.
fn names_any(names: &[u32], vector: &[(u32, f32)]) -> bool {
    names
        .iter()
        .any(|id| vector.binary_search_by_key(id, |&(f, _)| f).is_ok())
}

impl Bags {
    fn build(docs: &[Document], config: &Config) -> Bags {
        let lex = Lexicon::get();
        let counted: Vec<Counted> = docs
            .par_iter()
            .map(|d| features_of(d, lex, config))
            .collect();
        let mut df_of: FxHashMap<u64, u32> = FxHashMap::default();
        for c in &counted {
            for &(k, _) in &c.counts {
                *df_of.entry(k).or_default() += 1;
            }
        }
        // Ids for features of two or more articles, in the order of their keys.
        let mut shared: Vec<(u64, u32)> = df_of.into_iter().filter(|&(_, n)| n >= 2).collect();
        shared.sort_unstable();
        let id_of: FxHashMap<u64, u32> = shared
            .iter()
            .enumerate()
            .map(|(i, &(k, _))| (k, i as u32))
            .collect();
        let n = docs.len() as f32;
        let idf: Vec<f32> = shared
            .iter()
            .map(|&(_, df)| ((1.0 + n) / (1.0 + df as f32)).ln() + 1.0)
            .collect();
        let mut names: FxHashMap<u32, String> = FxHashMap::default();
        for c in &counted {
            for (k, text) in &c.names {
                if let Some(&id) = id_of.get(k) {
                    names.entry(id).or_insert_with(|| text.clone());
                }
            }
        }
        let vectors: Vec<Vec<(u32, f32)>> = counted
            .par_iter()
            .map(|c| {
                let mut v: Vec<(u32, f32)> = c
                    .counts
                    .iter()
                    .filter_map(|&(k, tf)| {
                        let &id = id_of.get(&k)?;
                        let boost = if names.contains_key(&id) {
                            config.name_weight
                        } else {
                            1.0
                        };
                        Some((id, (1.0 + (tf as f32).ln()) * idf[id as usize] * boost))
                    })
                    .collect();
                v.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                v.truncate(config.features);
                let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
                if norm > 0.0 {
                    v.iter_mut().for_each(|(_, w)| *w /= norm);
                }
                v.sort_unstable_by_key(|&(id, _)| id);
                v
            })
            .collect();
        let telling = vectors
            .par_iter()
            .zip(&counted)
            .map(|(v, c)| {
                let propers: FxHashSet<u32> = c
                    .propers
                    .iter()
                    .filter_map(|k| id_of.get(k).copied())
                    .collect();
                let mut named: Vec<(u32, f32)> = v
                    .iter()
                    .copied()
                    .filter(|(id, _)| names.contains_key(id) || propers.contains(id))
                    .collect();
                named.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                named
                    .into_iter()
                    .take(config.telling_names)
                    .map(|(id, _)| id)
                    .collect()
            })
            .collect();
        Bags {
            telling,
            keys: shared.iter().map(|&(k, _)| k).collect(),
            df: shared.iter().map(|&(_, df)| df).collect(),
            names,
            vectors,
        }
    }

    /// Pairs of articles that share a blocking key, each once, `(i, j)` with `i < j`.
    fn candidate_pairs(&self, config: &Config) -> Vec<(u32, u32)> {
        let mut postings: Vec<Vec<u32>> = vec![Vec::new(); self.keys.len()];
        for (doc, v) in self.vectors.iter().enumerate() {
            let mut keys: Vec<&(u32, f32)> = v
                .iter()
                .filter(|(id, _)| self.df[*id as usize] as usize <= config.block)
                .collect();
            keys.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            for &&(id, _) in keys.iter().take(config.keys) {
                postings[id as usize].push(doc as u32);
            }
        }
        let mut pairs: Vec<u64> = postings
            .par_iter()
            .flat_map_iter(|docs| {
                docs.iter().enumerate().flat_map(move |(k, &i)| {
                    docs[k + 1..]
                        .iter()
                        .map(move |&j| u64::from(i) << 32 | u64::from(j))
                })
            })
            .collect();
        pairs.par_sort_unstable();
        pairs.dedup();
        pairs
            .into_iter()
            .map(|p| ((p >> 32) as u32, p as u32))
            .collect()
    }

    /// A story's label: its three heaviest names (words when it names fewer, found again in
    /// its articles' text) and its span.
    fn label(&self, docs: &[Document], articles: &[usize], span: Option<(Date, Date)>) -> String {
        let mut weight: FxHashMap<u32, f32> = FxHashMap::default();
        for &a in articles {
            for &(id, w) in &self.vectors[a] {
                *weight.entry(id).or_default() += w;
            }
        }
        let mut ranked: Vec<(u32, f32)> = weight.into_iter().collect();
        ranked.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut parts: Vec<String> = ranked
            .iter()
            .filter_map(|(id, _)| self.names.get(id).cloned())
            .take(3)
            .collect();
        if parts.len() < 3 {
            let wanted: Vec<u64> = ranked
                .iter()
                .filter(|(id, _)| !self.names.contains_key(id))
                .take(3 - parts.len())
                .map(|&(id, _)| self.keys[id as usize])
                .collect();
            let mut found: FxHashMap<u64, String> = FxHashMap::default();
            let lex = Lexicon::get();
            for &a in articles {
                let doc = &docs[a];
                for text in doc.title.into_iter().chain([doc.text]) {
                    each_word(text, lex, |w| {
                        let k = key(WORD, w);
                        if wanted.contains(&k) && !found.contains_key(&k) {
                            found.insert(k, w.to_owned());
                        }
                    });
                }
                if found.len() == wanted.len() {
                    break;
                }
            }
            parts.extend(wanted.iter().filter_map(|k| found.remove(k)));
        }
        let mut label = parts.join(", ");
        match span {
            Some((a, b)) if a == b => label.push_str(&format!(" ({a})")),
            Some((a, b)) => label.push_str(&format!(" ({a} to {b})")),
            None => {}
        }
        label
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc<'a>(id: &'a str, text: &'a str, published: &str) -> Document<'a> {
        Document {
            id,
            title: None,
            text,
            published: Date::parse_iso(published),
        }
    }

    #[test]
    fn articles_of_one_event_group_and_others_stay_apart() {
        let docs = [
            doc("a1", "Ferry Aurora sinks off Port Valmont\n\nThe ferry Aurora sank off Port Valmont on Tuesday. The harbour master Elsa Brandt said divers searched the wreck of the Aurora.", "2020-03-03"),
            doc("a2", "Divers search ferry wreck\n\nElsa Brandt, harbour master of Port Valmont, said the Aurora ferry sank after striking rocks; divers reached the wreck.", "2020-03-04"),
            doc("a3", "Aurora ferry: questions for Port Valmont\n\nA day after the ferry Aurora sank, Elsa Brandt defended the harbour of Port Valmont as divers left the wreck.", "2020-03-05"),
            doc("b1", "Orchestra wins prize\n\nThe Kestrel Symphony Orchestra won the Halvard Prize for its recording of folk songs, conductor Mina Ostrova said.", "2020-03-04"),
            doc("b2", "Kestrel Symphony Orchestra takes Halvard Prize\n\nConductor Mina Ostrova thanked the players after the Kestrel Symphony Orchestra recording won the Halvard Prize.", "2020-03-05"),
            doc("c1", "Rainfall record\n\nThe wettest March since records began drenched the valley farms.", "2020-03-05"),
        ];
        let (stories, _) = group(&docs, &Config::default());
        let groups: Vec<Vec<usize>> = stories.iter().map(|s| s.articles.clone()).collect();
        assert_eq!(groups, vec![vec![0, 1, 2], vec![3, 4], vec![5]]);
        assert!(
            stories[0].label.contains("port valmont"),
            "{}",
            stories[0].label
        );
        assert!(stories[0].label.ends_with("(2020-03-03 to 2020-03-05)"));
    }

    #[test]
    fn look_alike_reports_of_different_places_count_less() {
        // Two events written from one template: only the places and people differ.
        let text = |place: &str, day: &str, extra: &str| {
            format!(
                "{place} Harbour Board Approves Breakwater\n\nThe {place} Harbour Board approved \
                 the breakwater on {day}. Fishermen fear the works will disturb the moorings. \
                 {extra}\n\nThe board said the breakwater would cost 40 million euros, and \
                 engineers will survey the seabed first."
            )
        };
        let texts = [
            text("Corvenna", "Monday", "The harbour master of Corvenna, Ilse Marrow, said trawlers would moor at Kessel Quay meanwhile."),
            text("Corvenna", "Tuesday", "Ilse Marrow said boats from Corvenna would use Kessel Quay during the works."),
            text("Dusselmoor", "Monday", "Pieter Quell, who runs the yacht club, said members would sail from Brannock Point."),
            text("Dusselmoor", "Friday", "The yacht club in Dusselmoor will move to Brannock Point, Pieter Quell said."),
            "Rail Union Calls Strike\n\nThe board of the operator said the works would cost 12 million euros.".to_owned(),
        ];
        let docs: Vec<Document> = texts.iter().map(|t| doc("x", t, "2021-06-01")).collect();
        let edge = |config: &Config, i: u32, j: u32| {
            Similarities::build(&docs, config)
                .edges
                .iter()
                .find(|e| (e.0, e.1) == (i, j))
                .map_or(0.0, |e| e.2)
        };
        let (strict, lenient) = (
            Config::default(),
            Config {
                unshared_names_factor: 1.0,
                ..Config::default()
            },
        );
        // Same place and people: the pair keeps its similarity.
        for (i, j) in [(0, 1), (2, 3)] {
            assert!(edge(&strict, i, j) > 0.0);
            assert_eq!(edge(&strict, i, j), edge(&lenient, i, j));
        }
        // Different places, no name in common: the template's words count for less.
        for (i, j) in [(0, 2), (0, 3), (1, 2), (1, 3)] {
            let (s, l) = (edge(&strict, i, j), edge(&lenient, i, j));
            assert!(
                l > 0.0 && (s - l * strict.unshared_names_factor).abs() < 1e-6,
                "{i} {j}: {s} {l}"
            );
        }
    }

    #[test]
    fn far_apart_dates_lower_a_similarity_but_never_below_half() {
        let c = Config::default();
        let d = |s| Date::parse_iso(s);
        assert_eq!(time_factor(d("2020-01-01"), d("2020-01-08"), &c), 1.0);
        assert!(time_factor(d("2020-01-01"), d("2020-03-01"), &c) < 0.8);
        assert!(time_factor(d("2020-01-01"), d("2024-01-01"), &c) >= 0.5);
        assert_eq!(time_factor(None, d("2024-01-01"), &c), 1.0);
    }
}
