//! Where the analysis reads claims from: the local store or an external one, behind one trait,
//! and the one way every consumer (the report, the graph views, the server's pages) gets an
//! analysis of them: [`analyse`].

use crate::consistency::curation::Curation;
use crate::consistency::fx::Rates;
use crate::consistency::{self, Analysis};
use crate::model::article::Source;
use crate::model::claim::Mention;
use crate::remote::{Remote, RemoteError};
use crate::store::{ClaimStore, StoreError};

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
    Ok(consistency::analyse(
        sources,
        mentions,
        curation,
        Rates::compiled(),
    ))
}
