//! Helpers the test modules share: running the binary, scratch directories, the shared corpora.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `claimgraph` from the project root, with no store chosen by the environment.
pub fn claimgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .args(args)
        .current_dir(root())
        .env_remove("CLAIMGRAPH_STORE")
        .output()
        .unwrap()
}

/// The seed articles ingested once per test process, by the binary, into a store of that
/// process's own (test runs sharing a target directory must not meet in it). Tests only read it.
pub fn seeds_store() -> &'static PathBuf {
    static STORE: OnceLock<PathBuf> = OnceLock::new();
    STORE.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("seeds-store-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let o = claimgraph(&[
            "ingest",
            "--quiet",
            "--store",
            dir.to_str().unwrap(),
            root().join("seeds").to_str().unwrap(),
        ]);
        assert!(o.status.success(), "ingest failed: {}", stderr(&o));
        dir
    })
}

/// The empty curation file, so that edits of data/curation.ttl never change a test.
pub fn empty_curation() -> String {
    root()
        .join("tests/fixtures/empty-curation.ttl")
        .to_str()
        .unwrap()
        .to_owned()
}

/// `claimgraph report --format json` of `inputs` (ingested first into `store`), with no curation.
pub fn report_json(store: &str, inputs: &[&str]) -> serde_json::Value {
    let curation = empty_curation();
    let mut args = vec![
        "report",
        "--store",
        store,
        "--format",
        "json",
        "--curation",
        &curation,
    ];
    args.extend_from_slice(inputs);
    let o = claimgraph(&args);
    assert!(o.status.success(), "report failed: {}", stderr(&o));
    serde_json::from_str(&stdout(&o)).expect("the report is JSON")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch directory under the system's temporary directory (`tempfile`), removed when
/// dropped.
pub struct Scratch(tempfile::TempDir);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir = tempfile::Builder::new()
            .prefix(&format!("claimgraph-test-{name}-"))
            .tempdir()
            .unwrap();
        Scratch(dir)
    }

    /// Writes a file (creating its directories) and returns its path.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> PathBuf {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }

    pub fn root(&self) -> &Path {
        self.0.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    /// `path` as a string, for arguments.
    pub fn s(&self, rel: &str) -> String {
        self.path(rel).to_str().unwrap().to_owned()
    }
}

/// `../shared`, or the folder `CLAIMGRAPH_SHARED` names; a missing one fails the test, since
/// CI always has it.
pub fn shared() -> PathBuf {
    let dir = std::env::var_os("CLAIMGRAPH_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared"));
    assert!(
        dir.join("corpora").is_dir(),
        "no shared corpora at {} (set CLAIMGRAPH_SHARED)",
        dir.display()
    );
    dir
}

/// The part names of `claimgraph eval --json`'s output, in order.
pub fn eval_parts(v: &serde_json::Value) -> Vec<&str> {
    v["parts"]
        .as_array()
        .expect("eval --json has parts")
        .iter()
        .map(|p| p["part"].as_str().expect("a part has a name"))
        .collect()
}
