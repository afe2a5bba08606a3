//! Scratch directories for the corpus tests (`tempfile`), with a helper to write files.

use std::path::{Path, PathBuf};

/// A fresh, empty directory under the system temporary directory, removed when dropped.
pub(crate) struct TempDir(tempfile::TempDir);

impl TempDir {
    pub fn new() -> TempDir {
        let dir = tempfile::Builder::new()
            .prefix("claimgraph-corpus-")
            .tempdir()
            .expect("create a temporary directory");
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        self.0.path()
    }

    /// Writes `contents` to `relative` (creating its directories) and returns its path.
    pub fn write(&self, relative: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path().join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create directories");
        }
        std::fs::write(&path, contents).expect("write a file");
        path
    }
}
