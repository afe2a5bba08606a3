//! The `claimgraph` command line: parses arguments ([`cli`]), hands each command to its module
//! ([`cmd`]), which calls the library and prints, and maps the outcome to an exit code (0 ok, 1
//! a check failed or articles were left out, 2 an error).

mod cli;
mod cmd;
mod output;

use clap::Parser;
use cli::{Cli, Command};
use std::io;
use std::process::ExitCode;

/// mimalloc, for Rust and (its `override` feature) for RocksDB's C++ alike: see Cargo.toml.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // No transparent huge pages for this process: mimalloc commits its arena ahead of use, and
    // where the system backs memory with huge pages ("always"), each 2 MiB the heap reaches is
    // resident whole, so the peak memory of `extract` grew with the number of files (35 MiB at
    // 10 MB of articles, 39 at 50 MB) instead of with what is live. mimalloc's own switch
    // (`MIMALLOC_ALLOW_THP=0`) does the same from the environment. Not fatal if refused.
    #[cfg(target_os = "linux")]
    let _ = nix::sys::prctl::set_thp_disable(true);
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("claimgraph: error: {}", error_chain(&err));
            ExitCode::from(2)
        }
    }
}

fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Extract(args) => cmd::extract::run(args),
        Command::Read(args) => cmd::read::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Ingest(args) => cmd::ingest::run(args),
        Command::Report(args) => cmd::analysis::run_report(args),
        Command::Push(args) => cmd::push::run(args),
        Command::Graph(args) => cmd::analysis::run_graph(args),
        Command::Query(args) => cmd::query::run(args),
        Command::Dump(args) => cmd::query::run_dump(args),
        Command::Load(args) => cmd::ingest::run_load(args),
        Command::Serve(args) => cmd::serve::run(args),
        Command::GenCorpus(args) => cmd::gen_corpus::run(args),
    }
}

/// The error and its causes, each once: library errors often already show their source.
fn error_chain(err: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in err.chain() {
        let cause = cause.to_string();
        if !text.contains(&cause) {
            if !text.is_empty() {
                text.push_str(": ");
            }
            text.push_str(&cause);
        }
    }
    text
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    /// clap's own checks of the argument definitions (conflicts, requirements, names).
    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
