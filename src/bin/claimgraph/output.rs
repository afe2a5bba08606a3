//! Text output: the mention table and the evaluation report for people, an article's graph as
//! N-Quads for machines.

use claimgraph::model::claim::{Kind, Mention};
use claimgraph::tools::eval::{Miss, Scores};
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
                clip(&value_text(m), 34),
                m.speaker.as_deref().unwrap_or("")
            )?;
        }
        Ok(())
    }
}

/// The value column: what the mention says, normalised.
pub fn value_text(m: &Mention) -> String {
    let bound = match m.bound.map(|b| b.as_str()) {
        Some("at_least") => "≥ ",
        Some("at_most") => "≤ ",
        Some("approx") => "≈ ",
        _ => "",
    };
    match m.kind {
        Kind::Date => match (m.from, m.to) {
            (Some(f), Some(t)) if f == t => {
                format!("{f} ({})", m.precision.map_or("", |p| p.as_str()))
            }
            (Some(f), Some(t)) => format!("{f}/{t} ({})", m.precision.map_or("", |p| p.as_str())),
            _ => "unresolved".to_owned(),
        },
        Kind::Duration => format!("{bound}{}", m.duration.as_deref().unwrap_or("")),
        Kind::Quote => String::new(),
        _ => {
            let v = m.value.map(format_number).unwrap_or_default();
            let unit = m.unit.as_deref().unwrap_or("");
            let suffix = if m.kind == Kind::Percent {
                "%"
            } else if m.kind == Kind::Ratio {
                "×"
            } else {
                ""
            };
            format!(
                "{bound}{v}{suffix} {unit}{}",
                if m.ambiguous { " (?)" } else { "" }
            )
            .trim_end()
            .to_owned()
        }
    }
}

fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let digits = format!("{}", v.abs() as i64);
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if v < 0.0 {
            out.insert(0, '-');
        }
        out
    } else {
        format!("{v}")
    }
}

fn clip(s: &str, width: usize) -> String {
    let one_line: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if one_line.chars().count() <= width {
        one_line
    } else {
        let mut t: String = one_line.chars().take(width - 1).collect();
        t.push('…');
        t
    }
}

pub fn write_scores(out: &mut impl Write, s: &Scores) -> io::Result<()> {
    writeln!(
        out,
        "{:<10} {:>5} {:>5} {:>7} {:>7} {:>9} {:>7} {:>7}",
        "kind", "gold", "pred", "matched", "correct", "precision", "recall", "F1"
    )?;
    for (kind, k) in &s.kinds {
        writeln!(
            out,
            "{:<10} {:>5} {:>5} {:>7} {:>7} {:>9.3} {:>7.3} {:>7.3}",
            kind.as_str(),
            k.gold,
            k.predicted,
            k.matched,
            k.correct,
            k.precision,
            k.recall,
            k.f1
        )?;
    }
    let o = &s.overall;
    writeln!(
        out,
        "{:<10} {:>5} {:>5} {:>7} {:>7} {:>9.3} {:>7.3} {:>7.3}",
        "overall", o.gold, o.predicted, o.matched, o.correct, o.precision, o.recall, o.f1
    )?;
    writeln!(out)?;
    for (name, a) in [
        ("unit", &s.unit),
        ("bound", &s.bound),
        ("speaker", &s.speaker),
        ("subject", &s.subject),
    ] {
        writeln!(
            out,
            "{name:<8} accuracy {:.3} ({} of {})",
            a.accuracy, a.right, a.total
        )?;
    }
    writeln!(
        out,
        "speakers named where the gold has none: {}",
        s.speaker_extra
    )
}

pub fn write_misses(out: &mut impl Write, misses: &[Miss]) -> io::Result<()> {
    writeln!(out, "\n{} problems:", misses.len())?;
    for miss in misses {
        match miss {
            Miss::Missed { gold } => {
                writeln!(
                    out,
                    "MISSED   {} {} {:?} = {}",
                    gold.doc,
                    gold.kind,
                    gold.text,
                    value_text(gold)
                )?;
            }
            Miss::Spurious { predicted } => {
                writeln!(
                    out,
                    "SPURIOUS {} {} {:?} = {}",
                    predicted.doc,
                    predicted.kind,
                    predicted.text,
                    value_text(predicted)
                )?;
                writeln!(out, "         in: {}", clip(&predicted.sentence, 160))?;
            }
            Miss::WrongValue { gold, predicted } => {
                writeln!(
                    out,
                    "WRONG    {} {} {:?} = {} (gold {:?} = {})",
                    gold.doc,
                    gold.kind,
                    predicted.text,
                    value_text(predicted),
                    gold.text,
                    value_text(gold)
                )?;
                writeln!(out, "         in: {}", clip(&predicted.sentence, 160))?;
            }
            Miss::WrongSpeaker { gold, predicted } => {
                writeln!(
                    out,
                    "SPEAKER  {} {} {:?}: {:?} (gold {:?})",
                    gold.doc,
                    gold.kind,
                    clip(&gold.text, 50),
                    predicted.speaker.as_deref().unwrap_or("-"),
                    gold.speaker.as_deref().unwrap_or("-")
                )?;
            }
        }
    }
    Ok(())
}
