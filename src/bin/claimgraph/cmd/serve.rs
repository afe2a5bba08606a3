//! `claimgraph serve`: the store over HTTP until Ctrl-C or SIGTERM.

use super::load_curation;
use crate::cli::ServeArgs;
use anyhow::Context;
use std::io::{self, Write};
use std::process::ExitCode;

/// Runs the server until Ctrl-C or SIGTERM, then lets running requests finish.
pub fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    use claimgraph::server::{self, Access, Config, Server};
    use claimgraph::store::ClaimStore;

    let curation = load_curation(args.curation.as_deref())?;
    let (store, access, generated) = if args.allow_update {
        let (token, generated) = match args.token {
            Some(token) => (token, false),
            None => (server::generate_token()?, true),
        };
        (
            ClaimStore::open(&args.store.store)?,
            Access::ReadWrite { token },
            generated,
        )
    } else {
        // Read-only, so that ingest and report can still open the store for writing.
        (
            ClaimStore::open_read_only(&args.store.store)?,
            Access::ReadOnly,
            false,
        )
    };
    let defaults = Config::default();
    let config = Config {
        access: access.clone(),
        timeout: args.timeout,
        queue_wait: args.timeout,
        max_queries: args
            .max_queries
            .map_or(defaults.max_queries, |n| n as usize),
        cors: args.cors,
        curation,
        ..defaults
    };
    let grace = config.timeout + std::time::Duration::from_secs(1);
    // A request that hits a bug is answered 500 and logged in one line, not a backtrace.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("claimgraph: internal error: {info}");
    }));
    let server = std::sync::Arc::new(Server::new(store, config)?);
    let (stop_tx, stop_rx) = std::sync::mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = stop_tx.send(());
    })
    .context("installing the Ctrl-C handler")?;
    let running = server::serve(server, args.bind, |line| eprintln!("{line}"))?;
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "claimgraph: serving {} at http://{}/ ({})",
        args.store.store.display(),
        running.addr(),
        if args.allow_update {
            "writes allowed with the token"
        } else {
            "read-only"
        }
    )?;
    if let (Access::ReadWrite { token }, true) = (&access, generated) {
        writeln!(
            out,
            "claimgraph: writes need the header: Authorization: Bearer {token}"
        )?;
    }
    out.flush()?;
    drop(out);
    // The handler keeps the sender for good, so this returns at a signal.
    let _ = stop_rx.recv();
    eprintln!("claimgraph: stopping: waiting for running requests");
    let unfinished = running.shutdown(grace)?;
    if unfinished > 0 {
        eprintln!("claimgraph: stopped with {unfinished} requests unfinished");
    } else {
        eprintln!("claimgraph: stopped");
    }
    Ok(ExitCode::SUCCESS)
}
