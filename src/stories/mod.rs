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
//! the texts, or each article's [`Features`] as counted from its text when it was stored
//! ([`group_recorded`]): all grouping reads of a text, so a store that keeps them groups its
//! articles as their texts group.
//!
//! One file, over 800 lines, because the features of a text, their weighing into bags and the
//! grouping share the feature keys and one private form of counted features (`Counted`); a
//! sixth of it is tests.

pub mod cluster;

use crate::model::article::Article;
use crate::model::lexicon::Lexicon;
use crate::model::names::{names_in, with_lowercase, without_possessive, Words};
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

impl<'a> Document<'a> {
    /// An article with its title as its headline, unless the text opens with the title
    /// already (the text's first line is then the headline): how `eval --stories` and the
    /// features an article's graph records ([`Features::of`]) read an article alike.
    /// An article as grouping reads it: its id, title, text and the first day of its
    /// publication date.
    pub fn of(article: &'a Article) -> Document<'a> {
        Document::new(
            &article.id,
            article.meta.title.as_deref(),
            &article.text,
            article.meta.published.as_ref().map(|p| p.period.from),
        )
    }

    pub fn new(
        id: &'a str,
        title: Option<&'a str>,
        text: &'a str,
        published: Option<Date>,
    ) -> Document<'a> {
        Document {
            id,
            title: title.filter(|t| !text.trim_start().starts_with(t.trim())),
            text,
            published,
        }
    }
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

/// One article as a store keeps it for grouping: its publication date and its [`Features`]
/// as JSON ([`Features::to_json`]), counted from its text when it was stored.
#[derive(Clone, Copy, Debug)]
pub struct Recorded<'a> {
    pub published: Option<Date>,
    pub features: &'a str,
}

/// Story features that do not parse (a store written by hand, or damaged).
#[derive(Debug, thiserror::Error)]
#[error("story features that do not parse: {0}")]
pub struct FeaturesError(#[from] serde_json::Error);

/// Groups articles from their recorded features: the stories [`group`] makes of their texts,
/// with every weight that depends on the corpus (document frequency, the heaviest features)
/// computed here, over the articles given.
pub fn group_recorded(
    articles: &[Recorded],
    config: &Config,
) -> Result<(Vec<Story>, Stats), FeaturesError> {
    // Parsed again on each pass over the articles, so their counts are never all held at
    // once; features that do not parse are kept aside and fail the grouping at the end.
    let unparsed = std::sync::Mutex::new(None);
    let count = |i: usize| match Features::from_json(articles[i].features) {
        Ok(features) => Counted::of(&features, config),
        Err(e) => {
            if let Ok(mut first) = unparsed.lock() {
                first.get_or_insert(e);
            }
            Counted::of(&Features::default(), config)
        }
    };
    let published: Vec<Option<Date>> = articles.iter().map(|a| a.published).collect();
    let graph = Similarities::from_counted(&count, &published, config);
    if let Some(e) = unparsed.into_inner().ok().flatten() {
        return Err(e);
    }
    // A label's words are found again in the features of the story's articles.
    let words = |wanted: &[u64], found: &mut FxHashMap<u64, String>, a: usize| {
        if let Ok(f) = Features::from_json(articles[a].features) {
            for (w, _) in f.headline.0.iter().chain(&f.body.0) {
                let k = key(WORD, w);
                if wanted.contains(&k) {
                    found.entry(k).or_insert_with(|| w.clone());
                }
            }
        }
    };
    let stories = graph.stories_with(config.threshold, &published, &words);
    Ok((stories, graph.stats))
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
        let lex = Lexicon::get();
        // Texts are read once: both passes over the articles take their counts from here.
        let counted: Vec<Counted> = docs
            .par_iter()
            .map(|d| Counted::of(&Features::of(d, lex), config))
            .collect();
        let count = |i: usize| counted[i].clone();
        let published: Vec<Option<Date>> = docs.iter().map(|d| d.published).collect();
        Similarities::from_counted(&count, &published, config)
    }

    /// The graph of the articles `count` counts, with their publication dates.
    fn from_counted(count: &CountOf, published: &[Option<Date>], config: &Config) -> Similarities {
        let bags = Bags::build(published.len(), count, config);
        let pairs = bags.candidate_pairs(config);
        let edges: Vec<(u32, u32, f32)> = pairs
            .par_iter()
            .filter_map(|&(i, j)| {
                let (i, j) = (i as usize, j as usize);
                let (vi, vj) = (&bags.vectors[i], &bags.vectors[j]);
                let mut s = cosine(vi, vj) * time_factor(published[i], published[j], config);
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
        let published: Vec<Option<Date>> = docs.iter().map(|d| d.published).collect();
        let lex = Lexicon::get();
        // A label's words are found again in the text of the story's articles.
        let words = |wanted: &[u64], found: &mut FxHashMap<u64, String>, a: usize| {
            let doc = &docs[a];
            for text in doc.title.into_iter().chain([doc.text]) {
                each_word(text, lex, |w| {
                    let k = key(WORD, w);
                    if wanted.contains(&k) && !found.contains_key(&k) {
                        found.insert(k, w.to_owned());
                    }
                });
            }
        };
        self.stories_with(threshold, &published, &words)
    }

    /// The stories at `threshold`, `words` finding the text of wanted word keys in an
    /// article (for labels).
    fn stories_with(
        &self,
        threshold: f64,
        published: &[Option<Date>],
        words: &WordsOf,
    ) -> Vec<Story> {
        cluster::average_link(published.len(), &self.edges, threshold)
            .into_iter()
            .map(|members| {
                let articles: Vec<usize> = members.iter().map(|&m| m as usize).collect();
                let span = span(articles.iter().filter_map(|&a| published[a]));
                let label = self.bags.label(&articles, span, words);
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
        let word = without_possessive(word);
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

/// What counts article `i`'s features (see [`Bags::build`]).
type CountOf<'c> = dyn Fn(usize) -> Counted + Sync + 'c;

/// What finds the text of wanted word keys in article `a`, adding them to `found`.
type WordsOf<'w> = dyn Fn(&[u64], &mut FxHashMap<u64, String>, usize) + Sync + 'w;

/// Words or names with their counts, most frequent first (then in alphabetical order): as
/// JSON, an object from each to its count, in that order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts(pub Vec<(String, u32)>);

impl Counts {
    fn of(counts: FxHashMap<String, u32>) -> Counts {
        let mut v: Vec<(String, u32)> = counts.into_iter().collect();
        v.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Counts(v)
    }
}

impl serde::Serialize for Counts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(w, n)| (w, n)))
    }
}

impl<'de> serde::Deserialize<'de> for Counts {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Counts, D::Error> {
        let map = std::collections::BTreeMap::<String, u32>::deserialize(deserializer)?;
        Ok(Counts::of(map.into_iter().collect()))
    }
}

/// An article's story features: everything grouping reads of its text, counted, in words a
/// person can read (a store keeps them as the article's `cg:storyFeatures`, so that the stories
/// grouped from a store are those grouped from the texts). Nothing here depends on other
/// articles: document frequencies, weights and the cut to the heaviest features are made when
/// the articles are grouped.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Features {
    /// The headline's words ([`each_word`], less the words of how news reports anything).
    pub headline: Counts,
    /// The body's words, likewise.
    pub body: Counts,
    /// The full names of headline and body (runs of two or more capitalised words), lower case.
    pub names: Counts,
    /// Words the body writes capitalised inside a sentence (proper names of one word), lower
    /// case, each once, in alphabetical order.
    pub proper: Vec<String>,
}

impl Features {
    /// The features of one article's text.
    pub fn of(doc: &Document, lex: &Lexicon) -> Features {
        let (headline, body) = match doc.title {
            Some(title) => (title, doc.text),
            None => doc.text.split_once('\n').unwrap_or((doc.text, "")),
        };
        let count = |text: &str| {
            let mut counts: FxHashMap<String, u32> = FxHashMap::default();
            each_word(text, lex, |w| {
                if tells_of_events(w, lex) {
                    match counts.get_mut(w) {
                        Some(n) => *n = n.saturating_add(1),
                        None => {
                            counts.insert(w.to_owned(), 1);
                        }
                    }
                }
            });
            Counts::of(counts)
        };
        let mut names: FxHashMap<String, u32> = FxHashMap::default();
        let mut proper: std::collections::BTreeSet<String> = Default::default();
        for (n, line) in [headline].into_iter().chain(body.lines()).enumerate() {
            for (start, _, name) in names_in(line) {
                // A capital opening a sentence (or the headline's title case) says nothing.
                let inside_sentence = line[..start]
                    .trim_end()
                    .chars()
                    .next_back()
                    .is_some_and(|c| !matches!(c, '.' | '!' | '?' | '"' | '“' | ':'));
                if n > 0 && inside_sentence && !name.contains(' ') {
                    proper.insert(name.to_lowercase());
                }
                if name.contains(' ') {
                    let n = names.entry(name.to_lowercase()).or_default();
                    *n = n.saturating_add(1);
                }
            }
        }
        Features {
            headline: count(headline),
            body: count(body),
            names: Counts::of(names),
            proper: proper.into_iter().collect(),
        }
    }

    /// The features as one line of JSON: `{"headline":{"word":1,...},"body":{...},
    /// "names":{"full name":2,...},"proper":["word",...]}`.
    pub fn to_json(&self) -> String {
        // Strings and integers only: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Features read back from [`Features::to_json`].
    pub fn from_json(json: &str) -> Result<Features, FeaturesError> {
        Ok(serde_json::from_str(json)?)
    }
}

/// A feature's key: a 64-bit hash of its kind and text, so no feature is kept as a string
/// while a corpus is weighed (two features of one corpus meet by chance with odds of about
/// one in 10^10 at a million distinct features).
fn key(kind: u8, text: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write_u8(kind);
    h.write(text.as_bytes());
    h.finish()
}

const WORD: u8 = 0;
const NAME: u8 = 1;

/// One article's features as grouping weighs them: keys and counts (the headline's words
/// counted [`Config::headline_weight`] times), and the text of its names (for labels).
#[derive(Clone)]
struct Counted {
    counts: Vec<(u64, u32)>,
    names: Vec<(u64, String)>,
    /// Words the body writes capitalised inside a sentence (proper names of one word).
    propers: Vec<u64>,
}

impl Counted {
    fn of(f: &Features, config: &Config) -> Counted {
        let mut counts: FxHashMap<u64, u32> = FxHashMap::default();
        // The headline says what the story is: its words count `headline_weight` times.
        let weight = config.headline_weight.try_into().unwrap_or(u32::MAX);
        for (w, n) in &f.headline.0 {
            let c = counts.entry(key(WORD, w)).or_default();
            *c = c.saturating_add(n.saturating_mul(weight));
        }
        for (w, n) in &f.body.0 {
            let c = counts.entry(key(WORD, w)).or_default();
            *c = c.saturating_add(*n);
        }
        let mut names = Vec::with_capacity(f.names.0.len());
        for (name, n) in &f.names.0 {
            let k = key(NAME, name);
            let c = counts.entry(k).or_default();
            *c = c.saturating_add(*n);
            names.push((k, name.clone()));
        }
        Counted {
            counts: counts.into_iter().collect(),
            names,
            propers: f.proper.iter().map(|p| key(WORD, p)).collect(),
        }
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
    /// The bags of `n` articles, `count(i)` counting article `i`. Two passes, each counting
    /// every article again: the first finds how many articles each feature is in, the second
    /// weighs each article's features by it; no article's counts are held beyond its turn, so
    /// memory holds the corpus's vocabulary and the cut vectors, not every article's features.
    fn build(n: usize, count: &CountOf, config: &Config) -> Bags {
        type Df = (FxHashMap<u64, u32>, FxHashMap<u64, String>);
        let (df_of, name_text) = (0..n)
            .into_par_iter()
            .fold(Df::default, |(mut df, mut names), i| {
                let c = count(i);
                for &(k, _) in &c.counts {
                    *df.entry(k).or_default() += 1;
                }
                for (k, text) in c.names {
                    names.entry(k).or_insert(text);
                }
                (df, names)
            })
            .reduce(Df::default, |(mut df, mut names), (df2, names2)| {
                for (k, n) in df2 {
                    *df.entry(k).or_default() += n;
                }
                for (k, text) in names2 {
                    names.entry(k).or_insert(text);
                }
                (df, names)
            });
        // Ids for features of two or more articles, in the order of their keys.
        let mut shared: Vec<(u64, u32)> = df_of.into_iter().filter(|&(_, n)| n >= 2).collect();
        shared.sort_unstable();
        let id_of: FxHashMap<u64, u32> = shared
            .iter()
            .enumerate()
            .map(|(i, &(k, _))| (k, i as u32))
            .collect();
        let idf: Vec<f32> = shared
            .iter()
            .map(|&(_, df)| ((1.0 + n as f32) / (1.0 + df as f32)).ln() + 1.0)
            .collect();
        let names: FxHashMap<u32, String> = name_text
            .into_iter()
            .filter_map(|(k, text)| Some((*id_of.get(&k)?, text)))
            .collect();
        type Vector = Vec<(u32, f32)>;
        let (vectors, telling): (Vec<Vector>, Vec<Vec<u32>>) = (0..n)
            .into_par_iter()
            .map(|i| {
                let c = count(i);
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
                let telling = named
                    .into_iter()
                    .take(config.telling_names)
                    .map(|(id, _)| id)
                    .collect();
                (v, telling)
            })
            .unzip();
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

    /// A story's label: the three names most of its articles name, the heaviest first among
    /// names as widely shared (words when it names fewer, their text found by `words` in its
    /// articles), and its span. Shared first, since a name one page repeats many times (a
    /// gallery's "Hide Caption", a photo agency's credit) tells less of the story than one
    /// that several of its sources name.
    fn label(&self, articles: &[usize], span: Option<(Date, Date)>, words: &WordsOf) -> String {
        let mut weight: FxHashMap<u32, (u32, f32)> = FxHashMap::default();
        for &a in articles {
            for &(id, w) in &self.vectors[a] {
                let e = weight.entry(id).or_default();
                e.0 += 1;
                e.1 += w;
            }
        }
        let mut ranked: Vec<(u32, (u32, f32))> = weight.into_iter().collect();
        let telling = |&(n, w): &(u32, f32)| w * n as f32;
        ranked.sort_unstable_by(|a, b| telling(&b.1).total_cmp(&telling(&a.1)).then(a.0.cmp(&b.0)));
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
            for &a in articles {
                words(&wanted, &mut found, a);
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
    fn a_label_names_what_its_articles_share_not_what_one_page_repeats() {
        // An outlet's galleries repeat a control's words after every picture; the names all
        // three reports of the ferry give are what their story is about.
        let gallery = |n: usize| "Toggle Caption. ".repeat(n);
        let texts = [
            format!(
                "Ferry Aurora sinks off Port Valmont\n\nThe ferry Aurora sank off Port Valmont on \
                 Tuesday. The harbour master Elsa Brandt said divers searched the wreck of the \
                 Aurora for its skipper Ivo Marek.\n\n{}",
                gallery(12)
            ),
            "Divers search ferry wreck\n\nElsa Brandt, harbour master of Port Valmont, said the \
             Aurora ferry sank after striking rocks; divers reached the wreck and Ivo Marek."
                .to_owned(),
            "Aurora ferry: questions for Port Valmont\n\nA day after the ferry Aurora sank, Elsa \
             Brandt defended the harbour of Port Valmont as divers left the wreck, Ivo Marek safe."
                .to_owned(),
            format!(
                "Orchestra wins prize\n\nThe Kestrel Symphony Orchestra won the Halvard Prize for \
                 its recording of folk songs, conductor Mina Ostrova said.\n\n{}",
                gallery(1)
            ),
            "Kestrel Symphony Orchestra takes Halvard Prize\n\nConductor Mina Ostrova thanked \
             the players after the Kestrel Symphony Orchestra recording won the Halvard Prize."
                .to_owned(),
            "Rainfall record\n\nThe wettest March since records began drenched the valley farms."
                .to_owned(),
        ];
        let ids = ["a1", "a2", "a3", "b1", "b2", "c1"];
        let days = [
            "2020-03-03",
            "2020-03-04",
            "2020-03-05",
            "2020-03-04",
            "2020-03-05",
            "2020-03-05",
        ];
        let docs: Vec<Document> = texts
            .iter()
            .zip(ids.into_iter().zip(days))
            .map(|(text, (id, day))| doc(id, text, day))
            .collect();
        let (stories, _) = group(&docs, &Config::default());
        let ferry = stories
            .iter()
            .find(|s| s.articles == [0, 1, 2])
            .expect("the three reports of the ferry are one story");
        assert!(!ferry.label.contains("toggle caption"), "{}", ferry.label);
        assert!(ferry.label.contains("elsa brandt"), "{}", ferry.label);
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
    fn recorded_features_group_as_the_texts_do() {
        let docs = [
            doc("a1", "Dam gates open at Lake Orvel\n\nThe Orvel Water Board opened the gates of the Lake Orvel dam. Engineer Pia Sandor watched the spillway.", "2022-05-02"),
            doc("a2", "Spillway roars\n\nPia Sandor of the Orvel Water Board said the Lake Orvel spillway held.", "2022-05-03"),
            doc("b1", "Kite festival returns\n\nThe Windmere Kite Festival filled Tarrow Beach with kites, organiser Jon Ebbe said.", "2022-05-02"),
            doc("b2", "Kites over Tarrow Beach\n\nJon Ebbe counted kites at the Windmere Kite Festival on Tarrow Beach.", "2022-05-04"),
        ];
        let lex = Lexicon::get();
        let json: Vec<String> = docs
            .iter()
            .map(|d| Features::of(d, lex).to_json())
            .collect();
        // Readable: words and names as written, lower case, with their counts.
        assert!(json[0].contains("\"lake orvel\":2"), "{}", json[0]);
        let back = Features::from_json(&json[0]).unwrap();
        assert_eq!(back, Features::of(&docs[0], lex));
        let recorded: Vec<Recorded> = docs
            .iter()
            .zip(&json)
            .map(|(d, j)| Recorded {
                published: d.published,
                features: j,
            })
            .collect();
        let (from_texts, _) = group(&docs, &Config::default());
        let (from_features, _) = group_recorded(&recorded, &Config::default()).unwrap();
        assert_eq!(from_features, from_texts);
        assert_eq!(from_texts.len(), 2);
        assert!(group_recorded(
            &[Recorded {
                published: None,
                features: "{"
            }],
            &Config::default()
        )
        .is_err());
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
