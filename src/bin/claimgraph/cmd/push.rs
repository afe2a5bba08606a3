//! `claimgraph push`: the store's graphs sent to an external SPARQL store, and a line saying
//! what was sent.

use super::remote_config;
use crate::cli::PushArgs;
use claimgraph::remote::Remote;
use claimgraph::store::ClaimStore;
use std::process::ExitCode;
use std::time::Instant;

pub fn run(args: PushArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let endpoint = args.endpoint.clone();
    let mut client = Remote::new(remote_config(args.endpoint, args.graph_store, args.remote)?)?;
    let store = ClaimStore::open_read_only(&args.store.store)?;
    let empty = claimgraph::pipeline::push::push(&store, &mut client)?;
    let tally = client.tally();
    let mut line = format!(
        "pushed {} graphs, {} triples, {} bytes to {endpoint} ({} by SPARQL Update); {} requests, {} retries; {:.2} s",
        tally.graphs,
        tally.triples,
        tally.bytes,
        tally.by_update,
        tally.requests,
        tally.retries,
        started.elapsed().as_secs_f64()
    );
    if empty > 0 {
        line.push_str(&format!("; {empty} empty graphs left out"));
    }
    eprintln!("{line}");
    Ok(ExitCode::SUCCESS)
}
