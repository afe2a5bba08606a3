//! One module per command: each takes its parsed arguments, checks and turns them into the
//! library's configuration once, calls the library, prints, and says how the command ended.
//! What several commands share lives here.

pub mod analysis;
pub mod eval;
pub mod extract;
pub mod gen_corpus;
pub mod ingest;
pub mod push;
pub mod query;
pub mod read;
pub mod serve;

use crate::cli::RemoteAuthArg;
use anyhow::bail;
use claimgraph::consistency::curation::Curation;
use claimgraph::remote::{Config, Credentials};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{self, IsTerminal};
use std::path::Path;
use std::process::ExitCode;

/// "1 article", "2 articles": a count in a summary line in the number its figure takes.
pub fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Exit code 1 when articles were left out with an error (not text, not in their encoding, or an internal error) (each already reported),
/// so a run over a corpus goes on past a bug but does not look clean.
pub fn exit_after(failed: usize) -> ExitCode {
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// A progress bar on a terminal's stderr, hidden with `quiet` or when stderr is not a terminal.
pub fn progress_bar(quiet: bool, len: usize, template: &str) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// Where a curation file is looked for when none is named.
const DEFAULT_CURATION: &str = "data/curation.ttl";

/// The curation file named, or `data/curation.ttl` when it exists, or none. A named file that
/// is missing is an error.
pub fn load_curation(path: Option<&Path>) -> anyhow::Result<Curation> {
    let path = match path {
        Some(path) => path,
        None if Path::new(DEFAULT_CURATION).is_file() => Path::new(DEFAULT_CURATION),
        None => return Ok(Curation::default()),
    };
    let text =
        std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(Curation::parse(&text, path)?)
}

/// How to reach an external store: the one place its arguments are checked. clap's rules
/// (`--user` requires `--password` and conflicts with `--token`) do not see a password or a
/// token that comes from the environment, so the combinations are checked here.
pub fn remote_config(
    endpoint: String,
    graph_store: Option<String>,
    auth: RemoteAuthArg,
) -> anyhow::Result<Config> {
    let mut config = Config::new(endpoint);
    config.graph_store = graph_store;
    config.page_size = auth.page_size as usize;
    config.credentials = match (auth.user, auth.password, auth.token) {
        (Some(user), Some(password), None) => Credentials::Password { user, password },
        (None, None, Some(token)) => Credentials::Token(token),
        (None, None, None) => Credentials::None,
        (Some(_), None, _) => bail!("--user needs --password"),
        (None, Some(_), _) => bail!("--password needs --user"),
        (Some(_), Some(_), Some(_)) => {
            bail!("give --user and --password, or --token, not both")
        }
    };
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::counted;

    #[test]
    fn counts_in_a_summary_agree_with_their_number() {
        assert_eq!(counted(1, "article"), "1 article");
        assert_eq!(counted(0, "mention"), "0 mentions");
        assert_eq!(counted(2, "date"), "2 dates");
    }
}
