//! An article: its text and what is known about its publication ([`Article`]), as the corpus
//! reads it, extraction takes it and the RDF records it; and an article as the analysis sees it
//! once stored, without its text ([`Source`]).

use crate::model::time::{Date, Period};
use serde::Serialize;
use std::path::PathBuf;

/// One article: its text and what is known about its publication.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// The file name without its extension; unique within a run.
    pub id: String,
    /// The file, as found from the paths given to `Corpus::open`.
    pub path: PathBuf,
    /// The text that claim offsets refer to (see the module documentation).
    pub text: String,
    /// Publisher, title and publication date.
    pub meta: Metadata,
}

/// What is known about an article besides its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Metadata {
    /// The publisher, from `sources.tsv` (`None` when it says `unknown`).
    pub publisher: Option<String>,
    /// From `sources.tsv`, else the web page's metadata (JSON-LD `headline`, `og:title`,
    /// `<title>`), else the first short line of the text.
    pub title: Option<String>,
    /// When the article was published, if the metadata or the text says so.
    pub published: Option<Published>,
    /// Where the title and the publisher were read (`sources.tsv`, `json-ld headline`, `meta
    /// og:site_name`, `title`, `first line`), when known.
    pub title_basis: Option<String>,
    pub publisher_basis: Option<String>,
    /// The page's own address (`link canonical`, `meta og:url`, `json-ld url`), else the
    /// address a web archive fetched it from.
    pub url: Option<Stated<String>>,
    /// When the page says the article was last changed (`json-ld dateModified`, `meta
    /// article:modified_time`, ...): the day written.
    pub modified: Option<Stated<Date>>,
    /// The authors' names (`json-ld author`, `meta author`, `meta article:author`), in the
    /// page's order; empty when the page names none.
    pub authors: Vec<String>,
    pub authors_basis: Option<String>,
    /// The page's language as it writes it, `_` made `-` (`en`, `en-US`; from `html lang`,
    /// `meta og:locale`, `meta content-language`).
    pub language: Option<Stated<String>>,
    /// The capture a web archive holds the page from: the address fetched and when.
    pub fetched: Option<Fetched>,
    /// The lower-case hexadecimal SHA-256 of the raw file (or archived payload) the text was
    /// read from, beside the digest of the text itself.
    pub raw_sha256: Option<String>,
}

/// A value read from a page, with where it was read (`basis`: the place, as `field` of
/// [`PublishedBasis::Page`] says it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stated<T> {
    pub value: T,
    pub basis: String,
}

/// Where and when a web archive fetched a page: its `WARC-Target-URI` and `WARC-Date` (the
/// time of the fetch, not of publication).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fetched {
    pub uri: String,
    pub date: String,
}

/// An article's publication date and where it was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Published {
    /// Day precision normally; month precision for `2019-11` and year precision for `2019` in
    /// `sources.tsv`.
    pub period: Period,
    /// Where the date was read from.
    pub basis: PublishedBasis,
}

/// Where a publication date was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublishedBasis {
    /// A row of a sources.tsv file (`line` is 1-based). `note` is its basis column ("stated:
    /// ...", "inferred: ...").
    Sources {
        path: PathBuf,
        line: usize,
        note: String,
    },
    /// A dateline in the text ("Published at: Mar. 4, 2021"): `text` is the dateline as it
    /// stands in [`Article::text`], starting at code-point offset `start`.
    Dateline { start: usize, text: String },
    /// A web page's own metadata: `field` says where (`json-ld datePublished`, `meta
    /// article:published_time`, `time datetime`, `canonical url`), `value` is what it says
    /// there.
    Page { field: String, value: String },
    /// Handed in with the text by a caller that read it elsewhere ([`Article::published_in`]).
    Given,
}

impl Article {
    /// An article handed in by a caller rather than read from a file (a test, a tool): its
    /// path is its id, and it has no metadata.
    pub fn new(id: &str, text: &str) -> Article {
        Article {
            id: id.to_owned(),
            path: PathBuf::from(id),
            text: text.to_owned(),
            meta: Metadata::default(),
        }
    }

    /// The article with `period` as its publication date, given by the caller.
    pub fn published_in(mut self, period: Period) -> Article {
        self.meta.published = Some(Published {
            period,
            basis: PublishedBasis::Given,
        });
        self
    }

    /// The publication date (or month), which relative dates in the text are resolved against.
    pub fn published_period(&self) -> Option<Period> {
        self.meta.published.as_ref().map(|p| p.period)
    }
}

/// An article as a source of claims: who published it, when, and a digest of its text (two
/// articles with the same digest are one source: syndicated copies).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Source {
    pub doc: String,
    pub publisher: Option<String>,
    pub title: Option<String>,
    pub published: Option<Date>,
    pub digest: Option<String>,
    /// What story grouping reads of the article's text, counted when it was stored, as JSON
    /// (`cg:storyFeatures`, see `stories::Features`); `None` for an article stored by an older
    /// version, which is grouped by its title and claim sentences instead.
    #[serde(skip)]
    pub story_features: Option<String>,
}

impl Source {
    /// "Daily Planet (a17)": the publisher and the doc, or the doc alone.
    pub fn name(&self) -> String {
        match &self.publisher {
            Some(p) if p != "unknown" => format!("{p} ({})", self.doc),
            _ => self.doc.clone(),
        }
    }
}
