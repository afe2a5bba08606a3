//! Where the analysis reads claims from: the local store or an external one, behind one trait,
//! and the one way every consumer (the report, the graph views, the server's pages) gets an
//! analysis of them: [`analyse`].

use crate::consistency::curation::Curation;
use crate::consistency::fx::Rates;
use crate::consistency::{self, Analysis, Story};
use crate::model::article::Source;
use crate::model::claim::Mention;
use crate::remote::{Remote, RemoteError};
use crate::store::{ClaimStore, StoreError};
use crate::stories::{self, Config, Document, Recorded};
use rustc_hash::{FxHashMap, FxHashSet};

/// A store of claims. Every source gives every article as a [`Source`] (sorted by id) and its
/// claims (in text order), so the analysis cannot tell which store they came from.
pub trait ClaimSource {
    type Error;
    fn claims(&mut self) -> Result<(Vec<Source>, Vec<Mention>), Self::Error>;
}

/// The local store: [`ClaimStore::claims`].
impl ClaimSource for &ClaimStore {
    type Error = StoreError;
    fn claims(&mut self) -> Result<(Vec<Source>, Vec<Mention>), StoreError> {
        ClaimStore::claims(self)
    }
}

/// An external store, read by paged SELECTs: [`Remote::claims`].
impl ClaimSource for Remote {
    type Error = RemoteError;
    fn claims(&mut self) -> Result<(Vec<Source>, Vec<Mention>), RemoteError> {
        Remote::claims(self)
    }
}

/// Reads every claim of `source`, groups its articles into stories and analyses them story by
/// story, with the compiled exchange rates.
pub fn analyse<S: ClaimSource>(source: &mut S, curation: &Curation) -> Result<Analysis, S::Error> {
    let (sources, mentions) = source.claims()?;
    Ok(analyse_claims(sources, mentions, curation))
}

/// Analyses claims already read from a [`ClaimSource`]: their articles are grouped into
/// stories ([`stories_of`]) and claims are compared within a story only. The articles' story
/// features are let go once grouped: the analysis does not read them.
pub fn analyse_claims(
    mut sources: Vec<Source>,
    mentions: Vec<Mention>,
    curation: &Curation,
) -> Analysis {
    let stories = stories_of(&sources, &mentions);
    for s in &mut sources {
        s.story_features = None;
    }
    within(sources, mentions, curation, stories)
}

/// How many of `sources` the store keeps no story features of (stored by an older version):
/// when any, [`stories_of`] groups every article by its title and claim sentences instead.
pub fn without_story_features(sources: &[Source]) -> usize {
    sources
        .iter()
        .filter(|s| s.story_features.is_none())
        .count()
}

/// Analyses claims with the articles grouped as `story_of` says (an article it gives no
/// story stands alone): for scoring the comparison against a reference grouping.
pub fn analyse_by_story(
    sources: Vec<Source>,
    mentions: Vec<Mention>,
    curation: &Curation,
    story_of: impl Fn(&str) -> Option<String>,
) -> Analysis {
    let mut stories: Vec<Story> = Vec::new();
    let mut index: FxHashMap<String, usize> = FxHashMap::default();
    for (i, s) in sources.iter().enumerate() {
        let story = story_of(&s.doc);
        let k = match &story {
            Some(story) => *index.entry(story.clone()).or_insert(stories.len()),
            None => stories.len(),
        };
        if k == stories.len() {
            stories.push(Story {
                id: s.doc.clone(),
                label: story.unwrap_or_else(|| s.doc.clone()),
                sources: Vec::new(),
                span: None,
            });
        }
        stories[k].sources.push(i);
    }
    within(sources, mentions, curation, stories)
}

/// The analysis within `stories`, with the compiled exchange rates.
fn within(
    sources: Vec<Source>,
    mentions: Vec<Mention>,
    curation: &Curation,
    stories: Vec<Story>,
) -> Analysis {
    consistency::analyse(
        sources,
        mentions,
        curation,
        Rates::compiled(),
        Some(stories),
    )
}

/// Groups stored articles into stories from the story features the store keeps of each
/// (counted from its text at ingest: the stories `eval --stories` groups from the texts).
/// When any article has none (a store written by an older version) or they do not parse,
/// every article is grouped by what such a store keeps instead: its title, its publication
/// date and the sentences its claims stand in. Every article is in exactly one story.
pub fn stories_of(sources: &[Source], mentions: &[Mention]) -> Vec<Story> {
    let config = Config::default();
    let recorded: Option<Vec<Recorded>> = sources
        .iter()
        .map(|s| {
            Some(Recorded {
                published: s.published,
                features: s.story_features.as_deref()?,
            })
        })
        .collect();
    let grouped = match recorded.map(|r| stories::group_recorded(&r, &config)) {
        Some(Ok((grouped, _))) => grouped,
        _ => from_sentences(sources, mentions, &config),
    };
    grouped
        .into_iter()
        .map(|story| {
            let first = &sources[story.articles[0]];
            // A story whose articles share no name or word another story lacks (one article,
            // or a corpus too small to weigh words) is labelled by its first article's title,
            // else its id, before its span.
            let label = if story.label.is_empty() || story.label.starts_with(" (") {
                format!(
                    "{}{}",
                    first.title.as_deref().unwrap_or(&first.doc),
                    story.label
                )
            } else {
                story.label
            };
            Story {
                id: first.doc.clone(),
                label,
                sources: story.articles,
                span: story.span,
            }
        })
        .collect()
}

/// Stories grouped by the titles, publication dates and claim sentences of stored articles:
/// the reading of a store that keeps no story features.
fn from_sentences(
    sources: &[Source],
    mentions: &[Mention],
    config: &Config,
) -> Vec<stories::Story> {
    let mut text_of: FxHashMap<&str, String> = FxHashMap::default();
    // A sentence with several claims is read once.
    let mut seen: FxHashSet<(&str, &str)> = FxHashSet::default();
    for m in mentions {
        if seen.insert((&m.doc, &m.sentence)) {
            let text = text_of.entry(&m.doc).or_default();
            text.push_str(&m.sentence);
            text.push('\n');
        }
    }
    let docs: Vec<Document> = sources
        .iter()
        .map(|s| Document {
            id: &s.doc,
            title: s.title.as_deref(),
            text: text_of.get(s.doc.as_str()).map_or("", String::as_str),
            published: s.published,
        })
        .collect();
    stories::group(&docs, config).0
}
