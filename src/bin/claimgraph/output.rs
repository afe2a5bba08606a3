//! Text output: the mention table for people, an article's graph as N-Quads for machines.

use claimgraph::model::claim::Mention;
use claimgraph::present::text::clip;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Quad;
use std::io::{self, Write};

/// One article's quads as N-Quads, through oxigraph's serializer (the escaping of literals and
/// IRIs is its, not ours). N-Quads has no header or prefixes, so each article gets a serializer
/// of its own and the articles written one after another make one document: memory holds one
/// article, and files from several processes can simply be concatenated.
pub fn write_nquads(out: &mut impl Write, quads: &[Quad]) -> io::Result<()> {
    let mut serializer = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(out);
    for quad in quads {
        serializer.serialize_quad(quad)?;
    }
    serializer.finish()?;
    Ok(())
}

/// The `--format table` view of mentions, one line each.
pub struct Table {
    header_written: bool,
}

impl Table {
    pub fn new(enabled: bool) -> Table {
        Table {
            header_written: !enabled,
        }
    }

    pub fn write(&mut self, out: &mut impl Write, mentions: &[Mention]) -> io::Result<()> {
        if !self.header_written {
            writeln!(
                out,
                "{:<22} {:<8} {:>6} {:<34} {:<34} speaker",
                "doc", "kind", "at", "text", "value"
            )?;
            self.header_written = true;
        }
        for m in mentions {
            writeln!(
                out,
                "{:<22} {:<8} {:>6} {:<34} {:<34} {}",
                clip(&m.doc, 22),
                m.kind.as_str(),
                m.start,
                clip(&m.text, 34),
                clip(&m.value_text(), 34),
                m.speaker.as_deref().unwrap_or("")
            )?;
        }
        Ok(())
    }
}
