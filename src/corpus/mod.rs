//! Reading articles and their metadata from disk.
//!
//! [`Corpus::open`] takes the files and directories named on the command line, checks that they
//! exist and lists the article files in them; iterating the [`Corpus`] then reads one file at a
//! time, so memory stays bounded by the largest article rather than the whole corpus.
//!
//! # Text and offsets
//! Claim offsets count code points in [`Article::text`]. For `.txt` and `.md` files that is the
//! file's text exactly as stored, line ends included (CRLF is *not* normalised), so that offsets
//! point into the file; the one exception is a leading UTF-8 byte-order mark, which is removed
//! because it is an encoding signature, not text. Offsets therefore count from the character
//! after it. A UTF-16 file (known by its byte-order mark) is decoded, and offsets count the code
//! points of its text. For `.html`/`.htm` files the text is the page's article body, found and written
//! as plain text with a blank line between paragraphs (see `web/`), and offsets refer to that
//! text, not to the file.
//!
//! # Metadata
//! An article's publisher, publication date and title come from a `sources.tsv` in its own
//! directory when that table lists it (see `sources.rs`). What the table leaves unknown is
//! taken from a web page's own metadata (its JSON-LD, `<meta>`, `<time>` and canonical URL,
//! see `web/meta.rs`), then from the text: the publication date from a dateline near the top
//! ("Published at: Nov. 6, 2019"), the title from the page's headline or `<title>` or the first
//! short line that is not page furniture. A date is never guessed from the clock or the file's modification time: without
//! a stated one, `published` is `None`.

mod decode;
mod head;
mod sources;
#[cfg(test)]
mod testdir;
mod warc;
mod web;

pub use warc::{page_id, ArchiveError, ArchiveTally};

use crate::isolate::{self, InternalError};
use crate::model::article::{Article, Fetched, Metadata, Published, PublishedBasis, Stated};
use crate::model::time::{Date, Period};
use sha2::{Digest, Sha256};
use sources::SourcesTable;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// How files are read.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    /// Replace invalid UTF-8 with U+FFFD instead of leaving the file out with
    /// [`FileError::InvalidUtf8`].
    pub lossy: bool,
}

/// Errors that stop a run (the CLI maps them to exit code 2).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CorpusError {
    /// A path given to [`Corpus::open`] does not exist.
    #[error("{}: no such file or directory", path.display())]
    NotFound { path: PathBuf },
    /// A file or directory could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// A `sources.tsv` is malformed at `line` (1-based).
    #[error("{}:{line}: {message}", path.display())]
    Metadata {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// Two article files have the same id, which must identify one article downstream.
    #[error(
        "duplicate article id {id:?}: {} and {} (an id is the file name without its extension)",
        first.display(),
        second.display()
    )]
    DuplicateId {
        id: String,
        first: PathBuf,
        second: PathBuf,
    },
}

/// A file left out of the run, with the reason (printed as a warning on stderr).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The file left out.
    pub path: PathBuf,
    /// Why, in a few words ("contains NUL bytes (binary file?)").
    pub reason: String,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// What iterating a [`Corpus`] yields for each file.
// An item is moved once, from the reader to its user: boxing the article would allocate for
// nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// A file read as an article.
    Article(Article),
    /// A file left out, to be reported as a warning.
    Skipped(Skipped),
    /// A file that is not a readable article (invalid UTF-8), or whose reading met an internal
    /// error (a bug): reported as an error and left out; the files after it are read as usual,
    /// and the run ends with a failure.
    Failed(Failed),
    /// A web archive read to its end (or to the record that broke it): what it held besides
    /// its pages, which came before as articles.
    Archive(ArchiveTally),
}

/// A file left out with an error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failed {
    pub path: PathBuf,
    pub error: FileError,
}

/// Why a file was left out with an error.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    /// The file is not UTF-8; `byte_offset` is that of the first invalid byte in the file.
    #[error(
        "invalid UTF-8 at byte {byte_offset} (line {line}) (use --lossy to replace invalid bytes)"
    )]
    InvalidUtf8 { byte_offset: usize, line: usize },
    /// The file is in another encoding (UTF-16 by its byte-order mark, a web page's declared
    /// one) and has a byte sequence that encoding does not have.
    #[error("invalid {encoding} at byte {byte_offset} (use --lossy to replace invalid bytes)")]
    InvalidEncoding {
        encoding: &'static str,
        byte_offset: usize,
    },
    /// The file holds a NUL byte and no UTF-16 byte-order mark: it is not text.
    #[error(
        "a NUL byte at byte {byte_offset} (line {line}): not text (a binary file, or UTF-16 \
         without a byte-order mark)"
    )]
    NotText { byte_offset: usize, line: usize },
    /// A gzipped file that does not decompress (cut short or corrupt) or decompresses past
    /// the bound an archived page has.
    #[error("{0}")]
    Gzip(String),
    /// A web archive that breaks off or is corrupt at a record; the pages before it were read.
    #[error(transparent)]
    Archive(#[from] ArchiveError),
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl fmt::Display for Failed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.error)
    }
}

/// What reading makes of a file's contents before its `sources.tsv` is consulted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// The article's text: the file's, or an HTML page's article body.
    pub text: String,
    /// The page's `<title>`, else a title line at the top of the text.
    pub title: Option<String>,
    /// A publication date from a web page's metadata, else from a dateline near the top of the
    /// text.
    pub published: Option<Published>,
}

/// Reads a file's contents as [`Corpus`] does for each file, without its `sources.tsv`. Never
/// fails and never panics, whatever the input (the fuzzing harness and property tests hold it
/// to that).
pub fn read_page(raw: String, format: Format) -> Page {
    let (text, page) = page_text(raw, format);
    let published = page.published.or_else(|| head::find_dateline(&text));
    let title = page
        .title
        .map(|(title, _)| title)
        .or_else(|| head::title_line(&text, format == Format::Markdown));
    Page {
        text,
        title,
        published,
    }
}

/// What a web page's own metadata says about its article.
#[derive(Default)]
struct FromPage {
    title: Option<web::Found<String>>,
    published: Option<Published>,
    publisher: Option<web::Found<String>>,
    modified: Option<web::Found<Date>>,
    authors: Option<web::Found<Vec<String>>>,
    language: Option<web::Found<String>>,
    url: Option<web::Found<String>>,
}

/// The article's text, and a web page's headline, publication date and publisher from its
/// metadata.
fn page_text(raw: String, format: Format) -> (String, FromPage) {
    match format {
        Format::Html => {
            let page = web::read(&raw);
            let published = page.published.map(|p| Published {
                period: Period::day(p.date),
                basis: PublishedBasis::Page {
                    field: p.field,
                    value: p.value,
                },
            });
            let from_page = FromPage {
                title: page.title,
                published,
                publisher: page.publisher,
                modified: page.modified,
                authors: page.authors,
                language: page.language,
                url: page.url,
            };
            (page.text, from_page)
        }
        Format::Text | Format::Markdown => (raw, FromPage::default()),
    }
}

/// A value found on a page, with where.
fn stated<T>((value, basis): web::Found<T>) -> Stated<T> {
    Stated { value, basis }
}

/// Parses the text of a `sources.tsv` as [`Corpus`] does; `path` names it in errors.
pub fn check_sources(path: &Path, text: &str) -> Result<(), CorpusError> {
    SourcesTable::parse(path, text).map(drop)
}

/// How an article file is turned into text, by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    /// The format of `name.txt`, `name.html` and so on, and of the same gzipped
    /// (`name.html.gz`: saved pages are often kept compressed).
    fn of(path: &Path) -> Option<Format> {
        let mut extension = path.extension()?.to_str()?.to_ascii_lowercase();
        if extension == "gz" {
            let inner = Path::new(path.file_stem()?);
            extension = inner.extension()?.to_str()?.to_ascii_lowercase();
        }
        match extension.as_str() {
            "txt" => Some(Format::Text),
            "md" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
}

/// What the iterator will do with a listed file.
#[derive(Debug)]
enum Plan {
    Read(Format),
    /// A web archive (`.warc`, `.warc.gz`): a page per HTML response record.
    Archive,
    Skip(String),
}

/// An article's id: its file name without the extension (both of `name.html.gz`).
fn article_id(path: &Path) -> String {
    let stem = |p: &Path| p.file_stem().map(|s| s.to_string_lossy().into_owned());
    let id = stem(path).unwrap_or_default();
    if is_gzipped(path) {
        stem(Path::new(&id)).unwrap_or(id)
    } else {
        id
    }
}

fn is_gzipped(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// The bytes of a gzipped file, or why it cannot be read as one.
fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let mut out = Vec::new();
    let mut decoder = flate2::read::MultiGzDecoder::new(bytes).take(warc::MAX_PAYLOAD + 1);
    decoder
        .read_to_end(&mut out)
        .map_err(|e| format!("not a readable gzip file: {e}"))?;
    // The bound an archived page has: far above any article, and a limit on what a malformed
    // or hostile file can make the reader allocate.
    if out.len() as u64 > warc::MAX_PAYLOAD {
        return Err(format!(
            "decompresses to more than {} MiB",
            warc::MAX_PAYLOAD >> 20
        ));
    }
    Ok(out)
}

/// Streams articles from files and directories: walks directories recursively (sorted,
/// deterministic order), takes `*.txt`, `*.md`, `*.html`/`*.htm` (the article body; each also
/// gzipped, `*.html.gz`), ignores other files and hidden entries.
///
/// Paths are taken in the order given. A file named explicitly with another extension is
/// yielded as [`Item::Skipped`] (except a `sources.tsv`, which is metadata); a file reached twice
/// (named twice, or through a symbolic link) is read once. After an error the iterator ends.
#[derive(Debug)]
pub struct Corpus {
    paths: Vec<PathBuf>,
    plans: Vec<Plan>,
    total_bytes: u64,
    options: ReadOptions,
    next: usize,
    /// The parsed `sources.tsv` of the directory read last (`None`: it has none). Only one is
    /// kept: files come directory by directory, and memory must not grow with the corpus.
    table: Option<(PathBuf, Option<SourcesTable>)>,
    failed: bool,
    /// The web archive being read, if any.
    archive: Option<warc::Archive>,
    /// The ids of the files listed, and those of archived pages read (with the record that
    /// had it): an archived page's id must not be another article's.
    ids: HashSet<String>,
    archived: HashMap<String, (PathBuf, usize)>,
    /// Whether each article's raw bytes are digested (`Metadata::raw_sha256`).
    digests: bool,
}

impl Corpus {
    /// Checks that every path exists, then lists the files to read, in order; no file is read
    /// yet. Fails on a missing path, an unreadable directory or a duplicate article id.
    pub fn open(paths: &[PathBuf], options: ReadOptions) -> Result<Corpus, CorpusError> {
        // All paths are checked before any is walked, so a typo is reported at once.
        let mut roots = Vec::with_capacity(paths.len());
        for path in paths {
            match fs::metadata(path) {
                Ok(meta) => roots.push((path, meta)),
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    return Err(CorpusError::NotFound { path: path.clone() })
                }
                Err(source) => {
                    return Err(CorpusError::Io {
                        path: path.clone(),
                        source,
                    })
                }
            }
        }
        let mut found = Discovery::default();
        for (path, meta) in roots {
            if meta.is_dir() {
                found.walk(path)?;
            } else {
                found.add_file(path.clone(), &meta, true)?;
            }
        }
        Ok(Corpus {
            ids: found.ids.into_keys().collect(),
            paths: found.paths,
            plans: found.plans,
            total_bytes: found.total_bytes,
            options,
            next: 0,
            table: None,
            failed: false,
            archive: None,
            archived: HashMap::new(),
            digests: true,
        })
    }

    /// Leaves `Metadata::raw_sha256` unset, for a reader that records no article (extraction
    /// printed as JSON lines or a table): the digest reads every byte of every file again.
    pub fn without_digests(mut self) -> Corpus {
        self.digests = false;
        self
    }

    /// The number of files the iterator yields an item for (articles and skipped files); a web
    /// archive counts once, though it yields an item per page.
    pub fn len(&self) -> usize {
        self.paths.len()
    }

    /// True when there is nothing to read.
    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }

    /// The total size of the article files, from their metadata when listed (for progress).
    pub fn total_bytes(&self) -> u64 {
        self.total_bytes
    }

    /// The files the iterator yields an item for, in order.
    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    /// Reads and checks the `sources.tsv` of every directory holding an article, so that a
    /// malformed one is reported before anything is done with the others.
    pub fn check_metadata(&self) -> Result<(), CorpusError> {
        let mut seen: HashSet<&Path> = HashSet::new();
        for (path, plan) in self.paths.iter().zip(&self.plans) {
            if !matches!(plan, Plan::Read(_) | Plan::Archive) {
                continue;
            }
            let dir = path.parent().unwrap_or(Path::new(""));
            if seen.insert(dir) {
                SourcesTable::load(&dir.join(sources::FILE_NAME))?;
            }
        }
        Ok(())
    }

    fn read(&mut self, path: PathBuf, id: String, format: Format) -> Result<Item, CorpusError> {
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(source) => return Err(CorpusError::Io { path, source }),
        };
        let bytes = if is_gzipped(&path) {
            match gunzip(&bytes) {
                Ok(bytes) => bytes,
                Err(reason) => {
                    return Ok(Item::Failed(Failed {
                        path,
                        error: FileError::Gzip(reason),
                    }))
                }
            }
        } else {
            bytes
        };
        self.article(path, id, bytes, format, None, None)
    }

    /// The article of a file's (or an archived page's) bytes, with its metadata: what the
    /// `sources.tsv` beside it says, then what the page says, then the text.
    fn article(
        &mut self,
        path: PathBuf,
        id: String,
        bytes: Vec<u8>,
        format: Format,
        fetched: Option<Fetched>,
        content_type: Option<&str>,
    ) -> Result<Item, CorpusError> {
        let raw_sha256 = self.digests.then(|| hex::encode(Sha256::digest(&bytes)));
        let decoding = decode::Decoding {
            html: format == Format::Html,
            content_type,
            lossy: self.options.lossy,
        };
        let raw = match decode::decode(bytes, &decoding) {
            Ok(text) => text,
            Err(error) => return Ok(Item::Failed(Failed { path, error })),
        };
        // As read_page, but the page's metadata, dateline and title line are used only when
        // the sources.tsv does not give them.
        let (text, page) = page_text(raw, format);
        let dir = path.parent().unwrap_or(Path::new("")).to_owned();
        let mut meta = match self.table(&dir)? {
            Some(table) => match table.get(&id) {
                Some(row) => {
                    // The row of the sources.tsv beside the file (not its path, which depends on
                    // how the folder was named).
                    let basis = format!("{}:{}", sources::FILE_NAME, row.line);
                    Metadata {
                        publisher: row.publisher.clone(),
                        publisher_basis: row.publisher.as_ref().map(|_| basis.clone()),
                        title: row.title.clone(),
                        title_basis: row.title.as_ref().map(|_| basis.clone()),
                        published: row.published.map(|period| Published {
                            period,
                            basis: PublishedBasis::Sources {
                                path: table.path.clone(),
                                line: row.line,
                                note: row.basis.clone(),
                            },
                        }),
                        ..Metadata::default()
                    }
                }
                None => Metadata::default(),
            },
            None => Metadata::default(),
        };
        if meta.published.is_none() {
            meta.published = page.published.or_else(|| head::find_dateline(&text));
        }
        if meta.title.is_none() {
            let found = page.title.or_else(|| {
                head::title_line(&text, format == Format::Markdown)
                    .map(|t| (t, "first line".to_owned()))
            });
            (meta.title, meta.title_basis) = found.unzip();
        }
        if meta.publisher.is_none() {
            (meta.publisher, meta.publisher_basis) = page.publisher.unzip();
        }
        meta.modified = page.modified.map(stated);
        if let Some((authors, basis)) = page.authors {
            meta.authors = authors;
            meta.authors_basis = Some(basis);
        }
        meta.language = page.language.map(stated);
        meta.url = page.url.map(stated).or_else(|| {
            fetched.as_ref().map(|f| Stated {
                value: f.uri.clone(),
                basis: "warc WARC-Target-URI".to_owned(),
            })
        });
        meta.fetched = fetched;
        meta.raw_sha256 = raw_sha256;
        Ok(Item::Article(Article {
            id,
            path,
            text,
            meta,
        }))
    }

    /// The `sources.tsv` of `dir`, read when the run enters the directory.
    fn table(&mut self, dir: &Path) -> Result<Option<&SourcesTable>, CorpusError> {
        if self.table.as_ref().is_none_or(|(d, _)| d != dir) {
            let table = SourcesTable::load(&dir.join(sources::FILE_NAME))?;
            self.table = Some((dir.to_owned(), table));
        }
        Ok(self.table.as_ref().and_then(|(_, t)| t.as_ref()))
    }
}

impl Corpus {
    /// The next item of the web archive being read: a page, a record left out, the archive's
    /// error, or at its end its tally; `None` when no archive is open.
    fn next_archived(&mut self) -> Option<Result<Item, CorpusError>> {
        let archive = self.archive.as_mut()?;
        let archive_path = archive.tally.path.clone();
        let page = match isolate::catch("reading", || archive.next_page()) {
            Ok(Ok(Some(page))) => page,
            Ok(Ok(None)) => {
                let tally = self.archive.take()?.tally;
                return Some(Ok(Item::Archive(tally)));
            }
            Ok(Err(error)) => {
                return Some(Ok(Item::Failed(Failed {
                    path: archive_path,
                    error: error.into(),
                })))
            }
            Err(error) => {
                // The archive's state is unknown after an internal error: it is read no further.
                let tally = self.archive.take()?.tally;
                self.archive = Some(warc::Archive::ended(tally));
                return Some(Ok(Item::Failed(Failed {
                    path: archive_path,
                    error: error.into(),
                })));
            }
        };
        let path = PathBuf::from(format!("{}#record{}", archive_path.display(), page.record));
        let id = warc::page_id(&page.uri);
        let first = match self.archived.get(&id) {
            Some((archive, record)) => Some(format!("{}#record{record}", archive.display())),
            None if self.ids.contains(&id) => Some("a file of that name".to_owned()),
            None => None,
        };
        if let Some(first) = first {
            let reason = format!(
                "{} was read already as {id} (from {first}): this capture is left out",
                page.uri
            );
            return Some(Ok(Item::Skipped(Skipped { path, reason })));
        }
        self.archived
            .insert(id.clone(), (archive_path, page.record));
        let fetched = Fetched {
            uri: page.uri,
            date: page.date,
        };
        let item = isolate::catch("reading", || {
            self.article(
                path.clone(),
                id,
                page.payload,
                Format::Html,
                Some(fetched),
                page.content_type.as_deref(),
            )
        });
        Some(match item {
            Ok(item) => item,
            Err(error) => Ok(Item::Failed(Failed {
                path,
                error: error.into(),
            })),
        })
    }
}

impl Iterator for Corpus {
    type Item = Result<Item, CorpusError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.failed {
                return None;
            }
            if let Some(item) = self.next_archived() {
                self.failed = item.is_err();
                return Some(item);
            }
            let index = self.next;
            let path = self.paths.get(index)?.clone();
            self.next += 1;
            let item = match self.plans.get(index)? {
                Plan::Skip(reason) => Ok(Item::Skipped(Skipped {
                    path,
                    reason: reason.clone(),
                })),
                Plan::Archive => match fs::File::open(&path) {
                    Ok(file) => {
                        self.archive = Some(warc::Archive::new(path, file));
                        continue;
                    }
                    Err(source) => Err(CorpusError::Io { path, source }),
                },
                Plan::Read(format) => {
                    let format = *format;
                    match isolate::catch("reading", || {
                        self.read(path.clone(), article_id(&path), format)
                    }) {
                        Ok(item) => item,
                        Err(error) => Ok(Item::Failed(Failed {
                            path,
                            error: error.into(),
                        })),
                    }
                }
            };
            self.failed = item.is_err();
            return Some(item);
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = if self.failed {
            0
        } else {
            self.paths.len().saturating_sub(self.next)
        };
        // An archive yields an item per page.
        let archives =
            self.archive.is_some() || self.plans.iter().any(|p| matches!(p, Plan::Archive));
        (left.min(1), (!archives).then_some(left))
    }
}

impl std::iter::FusedIterator for Corpus {}

/// The file list under construction in [`Corpus::open`].
#[derive(Default)]
struct Discovery {
    paths: Vec<PathBuf>,
    plans: Vec<Plan>,
    total_bytes: u64,
    /// The files (device and inode) and directories (canonical paths) already listed.
    seen_files: HashSet<FileKey>,
    seen_dirs: HashSet<PathBuf>,
    /// Article id -> the index in `paths` of the file that has it.
    ids: HashMap<String, usize>,
}

impl Discovery {
    /// Lists a file; `explicit` when it was named rather than found in a directory.
    fn add_file(
        &mut self,
        path: PathBuf,
        meta: &fs::Metadata,
        explicit: bool,
    ) -> Result<(), CorpusError> {
        if warc::is_archive(&path) {
            if self.seen_files.insert(file_key(&path, meta)) {
                self.total_bytes += meta.len();
                self.push(path, Plan::Archive);
            }
            return Ok(());
        }
        let Some(format) = Format::of(&path) else {
            // `dir/*` names the directory's sources.tsv too; it is metadata, not a mistake.
            let is_sources = path.file_name().is_some_and(|n| n == sources::FILE_NAME);
            if explicit && !is_sources {
                let reason =
                    "not an article file (expected .txt, .md, .html, .htm, any of them .gz, .warc or .warc.gz)";
                self.push(path, Plan::Skip(reason.to_owned()));
            }
            return Ok(());
        };
        if !self.seen_files.insert(file_key(&path, meta)) {
            return Ok(());
        }
        let id = article_id(&path);
        if let Some(&first) = self.ids.get(&id) {
            return Err(CorpusError::DuplicateId {
                id,
                first: self.paths[first].clone(),
                second: path,
            });
        }
        self.ids.insert(id, self.paths.len());
        self.total_bytes += meta.len();
        self.push(path, Plan::Read(format));
        Ok(())
    }

    fn push(&mut self, path: PathBuf, plan: Plan) {
        self.paths.push(path);
        self.plans.push(plan);
    }

    /// Lists the article files under `dir`, entries in name order, leaving out hidden ones.
    fn walk(&mut self, dir: &Path) -> Result<(), CorpusError> {
        // A directory reached twice (named twice, or a symbolic link loop) is walked once.
        let canonical = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned());
        if !self.seen_dirs.insert(canonical) {
            return Ok(());
        }
        let io_error = |source: io::Error| CorpusError::Io {
            path: dir.to_owned(),
            source,
        };
        let mut entries = Vec::new();
        for entry in fs::read_dir(dir).map_err(io_error)? {
            let name = entry.map_err(io_error)?.file_name();
            if name.as_encoded_bytes().first() != Some(&b'.') {
                entries.push(name);
            }
        }
        entries.sort();
        for name in entries {
            let path = dir.join(name);
            match fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => self.walk(&path)?,
                Ok(meta) if meta.is_file() => self.add_file(path, &meta, false)?,
                // Sockets, devices and the like are not articles.
                Ok(_) => {}
                // Most likely a dangling symbolic link: worth a warning if it was meant to be
                // an article, not worth stopping the run.
                Err(e) => {
                    if Format::of(&path).is_some() || warc::is_archive(&path) {
                        self.push(path, Plan::Skip(format!("cannot read: {e}")));
                    }
                }
            }
        }
        Ok(())
    }
}

/// What identifies a file however it is reached (through a link, or named twice).
#[cfg(unix)]
type FileKey = (u64, u64);
#[cfg(not(unix))]
type FileKey = PathBuf;

#[cfg(unix)]
fn file_key(_path: &Path, meta: &fs::Metadata) -> FileKey {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn file_key(path: &Path, _meta: &fs::Metadata) -> FileKey {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
}

#[cfg(test)]
mod tests;
