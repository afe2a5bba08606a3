//! The ingest pipeline: articles stream from a [`Corpus`], are extracted and turned into the
//! quads of their graphs on a pool of threads, and reach the store's [`Writer`] in corpus order.
//!
//! Three stages run at once. The calling thread reads the corpus (files are read one after
//! another: reading is a small part of the work) in chunks of a few articles per thread; the
//! pool ([`rayon`]) extracts each chunk's articles and builds their quads in parallel; one
//! writer thread hands them, in the order read, to the store's writer, whose bulk loads then
//! overlap the extraction of the next chunks. The store stays what a one-thread ingest makes:
//! each article whole or absent, unchanged articles left alone, the same quads.
//!
//! Memory is bounded by what is in flight, never by the corpus: the chunk being extracted, at
//! most one chunk waiting for the writer, and the writer's batch.

use crate::corpus::{ArchiveTally, Corpus, CorpusError, Failed, Item, Skipped};
use crate::extract;
use crate::isolate;
use crate::model::article::Article;
use crate::model::claim::Mention;
use crate::rdf;
use crate::store::{ClaimStore, Ingested, StoreError};
use oxigraph::model::Quad;
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::mpsc;

/// How an ingest runs.
#[derive(Clone, Copy, Debug)]
pub struct IngestOptions {
    /// Threads that extract articles and build their quads (at least one). The store's writer
    /// has a thread of its own besides, and RocksDB its background threads.
    pub threads: usize,
    /// New articles loaded together, all or nothing (see [`ClaimStore::writer`]).
    pub batch: usize,
}

impl Default for IngestOptions {
    /// All the cores, and the store's default batch.
    fn default() -> IngestOptions {
        IngestOptions {
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            batch: crate::store::DEFAULT_BATCH_ARTICLES as usize,
        }
    }
}

/// What an ingest did, counted over the articles written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub new: usize,
    pub replaced: usize,
    pub unchanged: usize,
    /// Files left out (reported through [`Progress::Skipped`]).
    pub skipped: usize,
    /// Articles left out with an error (not text, not in their encoding, or an internal error) (reported through [`Progress::Failed`]).
    pub failed: usize,
    /// Claim mentions extracted from the articles.
    pub claims: usize,
    /// Quads in the articles' graphs (written or, for unchanged articles, already there).
    pub quads: usize,
}

impl Tally {
    /// Articles written, replaced or left unchanged.
    pub fn articles(&self) -> usize {
        self.new + self.replaced + self.unchanged
    }

    /// Counts what the store's writer did with one graph (`load` counts its graphs so too).
    pub fn count(&mut self, outcome: Ingested) {
        match outcome {
            Ingested::New { .. } => self.new += 1,
            Ingested::Replaced { .. } => self.replaced += 1,
            Ingested::Unchanged { .. } => self.unchanged += 1,
        }
        self.quads += outcome.quads();
    }
}

/// What the pipeline tells its caller as it goes, for a progress bar and warnings.
#[derive(Debug)]
pub enum Progress<'a> {
    /// A file left out of the run.
    Skipped(&'a Skipped),
    /// An article left out with an error: not text, not in its encoding, or an internal error in reading or extracting it; nothing of it
    /// was written, and the run goes on.
    Failed(&'a Failed),
    /// An article handed to the store (or found unchanged there).
    Written(&'a str),
    /// A web archive read to its end: what it held besides its pages.
    Archive(&'a ArchiveTally),
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IngestError {
    /// Reading the corpus failed; the articles read before were written.
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    /// The store refused an article (or a batch of them).
    #[error("ingesting {}: {source}", path.display())]
    Store {
        path: PathBuf,
        #[source]
        source: Box<StoreError>,
    },
    /// The final load of the gathered articles failed.
    #[error(transparent)]
    Finish(Box<StoreError>),
    #[error("cannot start {threads} extraction threads: {reason}")]
    Threads { threads: usize, reason: String },
}

/// Articles per thread in one chunk: enough to keep the pool busy between chunks, few enough
/// that a chunk is a few megabytes.
const CHUNK_PER_THREAD: usize = 16;

/// An article made ready for the writer on the pool, or the internal error that stopped it
/// (moved once, to the writer: not boxed).
#[allow(clippy::large_enum_variant)]
enum Prepared {
    Ready {
        article: Article,
        claims: usize,
        quads: Vec<Quad>,
    },
    Failed(Failed),
}

/// Ingests a corpus into the store: every article extracted, its graph written (new), replaced
/// (changed) or left alone (unchanged). After a corpus error the articles read before it are
/// written, then the error is returned; after a store error nothing more is read.
pub fn ingest(
    corpus: Corpus,
    store: &ClaimStore,
    options: IngestOptions,
    progress: &(dyn Fn(Progress<'_>) + Sync),
) -> Result<Tally, IngestError> {
    let threads = options.threads.max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("claimgraph-extract-{i}"))
        .build()
        .map_err(|e| IngestError::Threads {
            threads,
            reason: e.to_string(),
        })?;
    let chunk_len = CHUNK_PER_THREAD * threads;
    // One chunk may wait while the writer writes the one before and the pool extracts the next.
    let (to_writer, from_reader) = mpsc::sync_channel::<Vec<Prepared>>(1);
    let mut skipped = 0;

    std::thread::scope(|scope| {
        let writer = std::thread::Builder::new()
            .name("claimgraph-writer".into())
            .spawn_scoped(scope, || {
                write_chunks(store, options.batch, from_reader, progress)
            })
            .map_err(|e| IngestError::Threads {
                threads: 1,
                reason: e.to_string(),
            })?;
        let mut corpus = corpus;
        let mut read_error = None;
        loop {
            let mut chunk = Vec::with_capacity(chunk_len);
            while chunk.len() < chunk_len {
                match corpus.next() {
                    None => break,
                    Some(Ok(Item::Article(article))) => chunk.push(Ok(article)),
                    Some(Ok(Item::Skipped(s))) => {
                        skipped += 1;
                        progress(Progress::Skipped(&s));
                    }
                    // Reported in corpus order by the writer, with the extraction failures.
                    Some(Ok(Item::Failed(f))) => chunk.push(Err(f)),
                    Some(Ok(Item::Archive(tally))) => progress(Progress::Archive(&tally)),
                    Some(Err(e)) => {
                        read_error = Some(e);
                        break;
                    }
                }
            }
            if chunk.is_empty() {
                break;
            }
            let prepared: Vec<Prepared> = pool.install(|| {
                chunk
                    .into_par_iter()
                    .map(|read| read.map_or_else(Prepared::Failed, prepare))
                    .collect()
            });
            // The writer hung up: it failed, and says why when joined.
            if to_writer.send(prepared).is_err() || read_error.is_some() {
                break;
            }
        }
        drop(to_writer);
        let written = writer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        // A store error comes first: it is why reading stopped, if it did.
        let mut tally = written?;
        if let Some(e) = read_error {
            return Err(IngestError::Corpus(e));
        }
        tally.skipped = skipped;
        Ok(tally)
    })
}

/// Extracts the claims of an article as read from the corpus (its text, resolved against its
/// publication date), catching an internal error: how `extract` and `eval` extract an article
/// (`ingest` catches one around the extraction and the quads together).
pub fn extract_article(article: &Article) -> Result<extract::Extraction, Failed> {
    isolate::catch("extraction", || extract_corpus_article(article)).map_err(|error| Failed {
        path: article.path.clone(),
        error: error.into(),
    })
}

/// The extraction of an article as read from the corpus, with the tests' planted error.
fn extract_corpus_article(article: &Article) -> extract::Extraction {
    isolate::planted_panic(&article.id);
    extract::extract(article)
}

/// Extracts an article and builds the quads of its graph; an internal error on the way leaves
/// the article out, with the error, and nothing of it reaches the store.
fn prepare(article: Article) -> Prepared {
    let built = isolate::catch("extraction", || {
        let mentions: Vec<Mention> = extract_corpus_article(&article).mentions;
        (mentions.len(), rdf::article_quads(&article, &mentions))
    });
    match built {
        Ok((claims, quads)) => Prepared::Ready {
            article,
            claims,
            quads,
        },
        Err(error) => Prepared::Failed(Failed {
            path: article.path,
            error: error.into(),
        }),
    }
}

/// The writer thread: hands every prepared article to the store's writer in order, then loads
/// what it gathered. Articles received before a failure are loaded before it is reported.
fn write_chunks(
    store: &ClaimStore,
    batch: usize,
    chunks: mpsc::Receiver<Vec<Prepared>>,
    progress: &(dyn Fn(Progress<'_>) + Sync),
) -> Result<Tally, IngestError> {
    let mut writer = store.writer(batch);
    let mut tally = Tally::default();
    let added = (|| -> Result<(), IngestError> {
        for chunk in chunks {
            for prepared in chunk {
                let (article, claims, quads) = match prepared {
                    Prepared::Ready {
                        article,
                        claims,
                        quads,
                    } => (article, claims, quads),
                    Prepared::Failed(failed) => {
                        tally.failed += 1;
                        progress(Progress::Failed(&failed));
                        continue;
                    }
                };
                let outcome = writer
                    .add_article_quads(&article, quads)
                    .map_err(|source| IngestError::Store {
                        path: article.path.clone(),
                        source: Box::new(source),
                    })?;
                tally.count(outcome);
                tally.claims += claims;
                progress(Progress::Written(&article.id));
            }
        }
        Ok(())
    })();
    // Dropping the receiver (on return) tells the reader to stop.
    let finished = writer
        .finish()
        .map_err(|e| IngestError::Finish(Box::new(e)));
    added?;
    finished?;
    Ok(tally)
}
