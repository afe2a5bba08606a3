//! Where the analysis reads claims from: the local store or an external one, behind one trait,
//! and the one way every consumer (the report, the graph views, the server's pages) gets an
//! analysis of them: [`analyse`].

use crate::consistency::curation::Curation;
use crate::consistency::fx::Rates;
use crate::consistency::{self, Analysis, Compare};
use crate::model::article::Source;
use crate::model::claim::Mention;
use crate::remote::{Remote, RemoteError};
use crate::store::{ClaimStore, StoreError};
use rustc_hash::FxHashMap;

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

/// Reads every claim of `source` and analyses them with the compiled exchange rates.
pub fn analyse<S: ClaimSource>(source: &mut S, curation: &Curation) -> Result<Analysis, S::Error> {
    let (sources, mentions) = source.claims()?;
    Ok(analyse_claims(sources, mentions, curation))
}

/// Analyses claims already read from a [`ClaimSource`], with the compiled exchange rates,
/// every article with every other.
pub fn analyse_claims(
    sources: Vec<Source>,
    mentions: Vec<Mention>,
    curation: &Curation,
) -> Analysis {
    consistency::analyse(
        sources,
        mentions,
        curation,
        Rates::compiled(),
        Compare::Corpus,
    )
}

/// Analyses claims read from a [`ClaimSource`] story by story: articles `story_of` puts in one
/// story are compared with each other only (an article it gives no story stands alone). One
/// analysis per story, in the order of the stories' first articles.
pub fn analyse_by_story(
    sources: Vec<Source>,
    mentions: Vec<Mention>,
    curation: &Curation,
    story_of: impl Fn(&str) -> Option<String>,
) -> Vec<Analysis> {
    let mut stories: Vec<(Vec<Source>, Vec<Mention>)> = Vec::new();
    let mut index: FxHashMap<String, usize> = FxHashMap::default();
    let mut story_of_doc: FxHashMap<String, usize> = FxHashMap::default();
    for s in sources {
        let k = match story_of(&s.doc) {
            Some(story) => *index.entry(story).or_insert(stories.len()),
            None => stories.len(),
        };
        if k == stories.len() {
            stories.push((Vec::new(), Vec::new()));
        }
        story_of_doc.insert(s.doc.clone(), k);
        stories[k].0.push(s);
    }
    for m in mentions {
        if let Some(&k) = story_of_doc.get(&m.doc) {
            stories[k].1.push(m);
        }
    }
    stories
        .into_iter()
        .map(|(sources, mentions)| {
            consistency::analyse(
                sources,
                mentions,
                curation,
                Rates::compiled(),
                Compare::Story,
            )
        })
        .collect()
}
