//! `claimgraph query` and `claimgraph dump`: SPARQL over the store, and the store (or one graph)
//! written out.

use crate::cli::{DumpArgs, DumpFormat, QueryArgs, QueryFormat};
use anyhow::{bail, Context};
use claimgraph::present::text::clip;
use claimgraph::store::ClaimStore;
use oxigraph::io::RdfFormat;
use oxigraph::model::{NamedNode, Term};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn run(args: QueryArgs) -> anyhow::Result<ExitCode> {
    query(args.query, args.file, args.format, &args.store.store)?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_dump(args: DumpArgs) -> anyhow::Result<ExitCode> {
    dump(args.format, args.graph, &args.store.store)?;
    Ok(ExitCode::SUCCESS)
}

/// The results format or RDF format a `--format` of `query` names.
impl QueryFormat {
    fn results(self) -> Option<QueryResultsFormat> {
        Some(match self {
            QueryFormat::Json => QueryResultsFormat::Json,
            QueryFormat::Xml => QueryResultsFormat::Xml,
            QueryFormat::Csv => QueryResultsFormat::Csv,
            QueryFormat::Tsv => QueryResultsFormat::Tsv,
            _ => return None,
        })
    }

    fn rdf(self) -> Option<RdfFormat> {
        match self {
            QueryFormat::Turtle => Some(RdfFormat::Turtle),
            QueryFormat::Ntriples => Some(RdfFormat::NTriples),
            QueryFormat::Jsonld => RdfFormat::from_extension("jsonld"),
            QueryFormat::Rdfxml => Some(RdfFormat::RdfXml),
            _ => None,
        }
    }
}

impl DumpFormat {
    fn rdf(self) -> RdfFormat {
        match self {
            DumpFormat::Trig => RdfFormat::TriG,
            DumpFormat::Nquads => RdfFormat::NQuads,
            DumpFormat::Turtle => RdfFormat::Turtle,
            DumpFormat::Ntriples => RdfFormat::NTriples,
            DumpFormat::Jsonld => RdfFormat::from_extension("jsonld").unwrap_or(RdfFormat::NQuads),
        }
    }
}

fn query(
    sparql: Option<String>,
    file: Option<PathBuf>,
    format: Option<QueryFormat>,
    store_path: &Path,
) -> anyhow::Result<()> {
    let sparql = match (sparql, file) {
        (Some(q), None) => q,
        (None, Some(f)) => {
            std::fs::read_to_string(&f).with_context(|| format!("reading {}", f.display()))?
        }
        (Some(_), Some(_)) => bail!("give the query either as an argument or with -f, not both"),
        (None, None) => bail!("no query: give it as an argument or with -f FILE.rq"),
    };
    let store = ClaimStore::open_read_only(store_path)?;
    let results = store.query(&sparql)?;
    let terminal = io::stdout().is_terminal();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match results {
        QueryResults::Solutions(solutions) => {
            let format = format.unwrap_or(if terminal {
                QueryFormat::Table
            } else {
                QueryFormat::Json
            });
            let variables = solutions.variables().to_vec();
            if format == QueryFormat::Table {
                let mut rows = Vec::new();
                for solution in solutions {
                    let solution = solution.context("evaluating the query")?;
                    rows.push(
                        variables
                            .iter()
                            .map(|v| solution.get(v).map(display_term).unwrap_or_default())
                            .collect::<Vec<_>>(),
                    );
                }
                let header: Vec<String> = variables.iter().map(|v| v.as_str().to_owned()).collect();
                write_table(&mut out, &header, &rows)?;
            } else {
                let Some(results_format) = format.results() else {
                    bail!("--format {format:?} is for CONSTRUCT and DESCRIBE; a SELECT query takes table, json, xml, csv or tsv");
                };
                let mut serializer = QueryResultsSerializer::from_format(results_format)
                    .serialize_solutions_to_writer(&mut out, variables)?;
                for solution in solutions {
                    let solution = solution.context("evaluating the query")?;
                    serializer.serialize(&solution)?;
                }
                serializer.finish()?;
            }
        }
        QueryResults::Boolean(value) => {
            let format = format.unwrap_or(if terminal {
                QueryFormat::Table
            } else {
                QueryFormat::Json
            });
            if format == QueryFormat::Table {
                writeln!(out, "{value}")?;
            } else {
                let Some(results_format) = format.results() else {
                    bail!("--format {format:?} is for CONSTRUCT and DESCRIBE; an ASK query takes table, json, xml, csv or tsv");
                };
                QueryResultsSerializer::from_format(results_format)
                    .serialize_boolean_to_writer(&mut out, value)?;
            }
        }
        QueryResults::Graph(triples) => {
            let format = format.unwrap_or(QueryFormat::Turtle);
            let Some(rdf_format) = format.rdf() else {
                bail!("--format {format:?} is for SELECT and ASK; a CONSTRUCT or DESCRIBE query takes turtle, ntriples, jsonld or rdfxml");
            };
            let mut serializer =
                oxigraph::io::RdfSerializer::from_format(rdf_format).for_writer(&mut out);
            for triple in triples {
                serializer.serialize_triple(&triple.context("evaluating the query")?)?;
            }
            serializer.finish()?;
        }
    }
    out.flush()?;
    Ok(())
}

fn dump(format: DumpFormat, graph: Option<String>, store_path: &Path) -> anyhow::Result<()> {
    let graph = graph
        .map(|g| NamedNode::new(&g).with_context(|| format!("--graph {g:?} is not an IRI")))
        .transpose()?;
    let store = ClaimStore::open_read_only(store_path)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    store.dump(
        format.rdf(),
        graph.as_ref().map(NamedNode::as_ref),
        &mut out,
    )?;
    out.flush()?;
    Ok(())
}

/// A term as people read it: IRIs in angle brackets, literals as their value.
fn display_term(term: &Term) -> String {
    match term {
        Term::Literal(l) => l.value().to_owned(),
        other => other.to_string(),
    }
}

fn write_table(out: &mut impl Write, header: &[String], rows: &[Vec<String>]) -> io::Result<()> {
    const MAX: usize = 60;
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| clip(c, MAX)).collect())
        .collect();
    for row in &rows {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect::<Vec<_>>()
            .join(" | ")
            .trim_end()
            .to_owned()
    };
    writeln!(out, "{}", line(header))?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("-+-")
    )?;
    for row in &rows {
        writeln!(out, "{}", line(row))?;
    }
    writeln!(out, "({} rows)", rows.len())
}
