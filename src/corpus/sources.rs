//! `sources.tsv`: the table of article metadata that may stand in a corpus directory.
//!
//! One row per article: `doc publisher published precision basis title`, tab-separated, under
//! that exact header. The table is validated as a whole when first needed, so a mistake in it is
//! reported with its line number instead of silently dropping an article's date.

use super::CorpusError;
use crate::model::time::{Period, Precision};
use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

/// The file name looked for in each article's directory.
pub(super) const FILE_NAME: &str = "sources.tsv";

/// The columns, in order.
const HEADER: [&str; 6] = [
    "doc",
    "publisher",
    "published",
    "precision",
    "basis",
    "title",
];

/// One article's row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Row {
    /// 1-based line number in the file.
    pub line: usize,
    /// `None` for `unknown` or an empty cell.
    pub publisher: Option<String>,
    /// `None` for `unknown` or an empty cell.
    pub published: Option<Period>,
    /// The basis column as written ("stated: ...", "inferred: ...").
    pub basis: String,
    /// `None` for an empty cell.
    pub title: Option<String>,
}

/// A parsed `sources.tsv`.
#[derive(Debug)]
pub(super) struct SourcesTable {
    pub path: PathBuf,
    rows: HashMap<String, Row>,
}

impl SourcesTable {
    /// Reads the table at `path`, or `Ok(None)` when there is no such file.
    pub fn load(path: &Path) -> Result<Option<SourcesTable>, CorpusError> {
        let mut bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(CorpusError::Io {
                    path: path.to_owned(),
                    source,
                })
            }
        };
        let bom = if bytes.starts_with(super::BOM) {
            super::BOM.len()
        } else {
            0
        };
        bytes.drain(..bom);
        let text = String::from_utf8(bytes).map_err(|e| {
            // The table's dates and ids must be exact, so a lossy reading is not offered here.
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = 1 + valid.iter().filter(|&&b| b == b'\n').count();
            CorpusError::Metadata {
                path: path.to_owned(),
                line,
                message: format!("invalid UTF-8 at byte {}", bom + valid.len()),
            }
        })?;
        SourcesTable::parse(path, &text).map(Some)
    }

    /// Parses the text of a table; `path` is only used in errors and provenance.
    pub fn parse(path: &Path, text: &str) -> Result<SourcesTable, CorpusError> {
        let error = |line: usize, message: String| CorpusError::Metadata {
            path: path.to_owned(),
            line,
            message,
        };
        let mut rows: HashMap<String, Row> = HashMap::new();
        let mut seen_header = false;
        let mut last_line = 0;
        for (index, raw) in text.split('\n').enumerate() {
            let line = index + 1;
            last_line = line;
            // A table saved with Windows line ends is still the same table.
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = raw.split('\t').map(str::trim).collect();
            if !seen_header {
                if cells != HEADER {
                    return Err(error(
                        line,
                        format!(
                            "expected the header {:?} (tab-separated), found {:?}",
                            HEADER.join(" "),
                            cells.join(" ")
                        ),
                    ));
                }
                seen_header = true;
                continue;
            }
            if cells.len() != HEADER.len() {
                return Err(error(
                    line,
                    format!(
                        "expected {} tab-separated columns ({}), found {}",
                        HEADER.len(),
                        HEADER.join(", "),
                        cells.len()
                    ),
                ));
            }
            let doc = cells[0];
            if doc.is_empty() {
                return Err(error(line, "empty doc column".to_owned()));
            }
            if let Some(first) = rows.get(doc) {
                return Err(error(
                    line,
                    format!(
                        "duplicate doc {doc:?} (first listed on line {})",
                        first.line
                    ),
                ));
            }
            let published = parse_published(cells[2], cells[3]).map_err(|m| error(line, m))?;
            let row = Row {
                line,
                publisher: known(cells[1]),
                published,
                basis: cells[4].to_owned(),
                title: (!cells[5].is_empty()).then(|| cells[5].to_owned()),
            };
            rows.insert(doc.to_owned(), row);
        }
        if !seen_header {
            return Err(error(
                last_line.max(1),
                format!(
                    "empty table: expected the header {:?} (tab-separated)",
                    HEADER.join(" ")
                ),
            ));
        }
        Ok(SourcesTable {
            path: path.to_owned(),
            rows,
        })
    }

    /// The row for article `doc`, if the table lists it.
    pub fn get(&self, doc: &str) -> Option<&Row> {
        self.rows.get(doc)
    }
}

/// `None` for the cells that mean "not known".
fn known(cell: &str) -> Option<String> {
    (!cell.is_empty() && !cell.eq_ignore_ascii_case("unknown")).then(|| cell.to_owned())
}

/// Reads the `published` and `precision` cells, which must agree.
fn parse_published(published: &str, precision: &str) -> Result<Option<Period>, String> {
    if known(published).is_none() {
        return match known(precision) {
            None => Ok(None),
            Some(p) => Err(format!(
                "precision {p:?} given for an unknown published date"
            )),
        };
    }
    let period = parse_period(published).ok_or_else(|| {
        format!("bad published date {published:?} (expected YYYY-MM-DD, YYYY-MM or YYYY)")
    })?;
    let stated = match precision.to_ascii_lowercase().as_str() {
        "day" => Precision::Day,
        "month" => Precision::Month,
        "year" => Precision::Year,
        _ => {
            return Err(format!(
                "bad precision {precision:?} (expected day, month or year)"
            ))
        }
    };
    if stated != period.precision {
        return Err(format!(
            "precision {precision:?} does not match published date {published:?} ({} precision)",
            period.precision.as_str()
        ));
    }
    Ok(Some(period))
}

/// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, each field with exactly that many digits.
fn parse_period(s: &str) -> Option<Period> {
    let parts: Vec<&str> = s.split('-').collect();
    let widths_ok = parts
        .iter()
        .zip([4, 2, 2])
        .all(|(p, w)| p.len() == w && p.bytes().all(|b| b.is_ascii_digit()));
    if !widths_ok {
        return None;
    }
    let number = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
    let year = i32::try_from(number(0)?).ok()?;
    match parts.len() {
        1 => Period::year(year),
        2 => Period::month(year, number(1)?),
        3 => crate::model::time::Date::from_ymd(year, number(1)?, number(2)?).map(Period::day),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::time::Date;

    const HEAD: &str = "doc\tpublisher\tpublished\tprecision\tbasis\ttitle\n";

    fn parse(body: &str) -> Result<SourcesTable, CorpusError> {
        SourcesTable::parse(Path::new("dir/sources.tsv"), &format!("{HEAD}{body}"))
    }

    /// The (line, message) of a metadata error.
    fn error_of(body: &str) -> (usize, String) {
        match parse(body) {
            Err(CorpusError::Metadata { line, message, .. }) => (line, message),
            other => panic!("expected a metadata error, got {other:?}"),
        }
    }

    #[test]
    fn reads_day_month_and_year_rows() {
        let table = parse(
            "a\tAcme News\t2019-10-29\tday\tinferred: x\tTitle A\n\
             b\tunknown\t2019-11\tmonth\tstated: y\t\n\
             c\t\t2019\tyear\t\tT\n\
             d\tX\tunknown\t\t\t\n",
        )
        .unwrap();
        let a = table.get("a").unwrap();
        assert_eq!(a.line, 2);
        assert_eq!(a.publisher.as_deref(), Some("Acme News"));
        assert_eq!(
            a.published,
            Some(Period::day(Date::from_ymd(2019, 10, 29).unwrap()))
        );
        assert_eq!(a.basis, "inferred: x");
        assert_eq!(a.title.as_deref(), Some("Title A"));
        let b = table.get("b").unwrap();
        assert_eq!(b.publisher, None);
        assert_eq!(b.published, Period::month(2019, 11));
        assert_eq!(b.title, None);
        assert_eq!(table.get("c").unwrap().published, Period::year(2019));
        assert_eq!(table.get("d").unwrap().published, None);
        assert!(table.get("e").is_none());
    }

    #[test]
    fn tolerates_crlf_blank_lines_and_comments() {
        let text = "# sources\r\n\r\ndoc\tpublisher\tpublished\tprecision\tbasis\ttitle\r\n\
                    a\tP\t2021-03-04\tday\tb\tt\r\n\r\n";
        let table = SourcesTable::parse(Path::new("s.tsv"), text).unwrap();
        let a = table.get("a").unwrap();
        assert_eq!(a.line, 4);
        assert_eq!(a.title.as_deref(), Some("t"));
    }

    #[test]
    fn rejects_a_wrong_header() {
        let err = SourcesTable::parse(Path::new("s.tsv"), "doc\tpublisher\tdate\n").unwrap_err();
        assert!(
            matches!(err, CorpusError::Metadata { line: 1, .. }),
            "{err:?}"
        );
        assert!(
            err.to_string().starts_with("s.tsv:1: expected the header"),
            "{err}"
        );
        let err = SourcesTable::parse(Path::new("s.tsv"), "\n\n").unwrap_err();
        assert!(
            matches!(err, CorpusError::Metadata { line: 3, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn rejects_a_wrong_column_count() {
        let (line, message) = error_of("a\tP\t2021-03-04\tday\tb\tt\nb\tP\t2021-03-04\tday\tb\n");
        assert_eq!(line, 3);
        assert!(
            message.contains("expected 6 tab-separated columns"),
            "{message}"
        );
        assert!(message.contains("found 5"), "{message}");
    }

    #[test]
    fn rejects_bad_dates() {
        for bad in [
            "2019-13-01",
            "2019-02-30",
            "19-11-06",
            "2019/11/06",
            "Nov 2019",
            "2019-1-6",
        ] {
            let (line, message) = error_of(&format!("a\tP\t{bad}\tday\tb\tt\n"));
            assert_eq!(line, 2);
            assert!(
                message.starts_with("bad published date"),
                "{bad}: {message}"
            );
        }
    }

    #[test]
    fn rejects_a_precision_that_disagrees() {
        let (line, message) = error_of("a\tP\t2021-03-04\tday\tb\tt\nb\tP\t2019-11\tday\tb\tt\n");
        assert_eq!(line, 3);
        assert!(message.contains("does not match"), "{message}");
        let (_, message) = error_of("a\tP\t2019-11\tweek\tb\tt\n");
        assert!(message.starts_with("bad precision"), "{message}");
        let (_, message) = error_of("a\tP\tunknown\tday\tb\tt\n");
        assert!(message.contains("unknown published date"), "{message}");
    }

    #[test]
    fn rejects_a_duplicate_doc() {
        let (line, message) = error_of(
            "a\tP\t2021-03-04\tday\tb\tt\n\nz\tP\t2019\tyear\tb\tt\na\tQ\t2019\tyear\tb\tt\n",
        );
        assert_eq!(line, 5);
        assert!(
            message.contains("duplicate doc \"a\" (first listed on line 2)"),
            "{message}"
        );
    }

    #[test]
    fn reports_invalid_utf8_with_its_line() {
        let dir = super::super::testdir::TempDir::new();
        let path = dir.write(
            "sources.tsv",
            b"\xEF\xBB\xBFdoc\tpublisher\npub\xFFlisher\n",
        );
        match SourcesTable::load(&path) {
            Err(CorpusError::Metadata {
                line: 2, message, ..
            }) => {
                assert_eq!(message, "invalid UTF-8 at byte 20")
            }
            other => panic!("{other:?}"),
        }
        assert!(SourcesTable::load(&dir.path().join("missing.tsv"))
            .unwrap()
            .is_none());
    }
}
