//! Consistency reports for people and tools: Markdown, one self-contained HTML page, JSON and
//! CSV, all from one [`Analysis`]. Conflicts come first, then compatible, agreements and
//! uncorroborated claims; each finding shows the values side by side, the sources and speakers,
//! the sentence with the figure marked, and the explanation. No IO: renderers write to a
//! `String`.
//!
//! One file, over 800 lines, because the four formats walk the same rows (stories, findings by
//! verdict, sources) built once here, and share their escaping; the words come from
//! [`super::finding`].

use crate::consistency::{Analysis, Finding, Scope, Verdict};
use crate::model::claim::Mention;
use crate::present::finding::{self, format_interval, Explainer};
use serde::Serialize;
use std::fmt::Write as _;

/// Beside a claim an agreeing or compatible finding lists but never compared.
const NOT_COMPARED: &str = " (not compared)";

/// The formats a report is written in, with their names on the command line and their media
/// types on the web.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Json,
    Csv,
}

impl Format {
    /// Every format, by the name the command line takes.
    pub const ALL: [(&'static str, Format); 4] = [
        ("md", Format::Markdown),
        ("html", Format::Html),
        ("json", Format::Json),
        ("csv", Format::Csv),
    ];

    /// The format of a name of [`Format::ALL`].
    pub fn named(name: &str) -> Option<Format> {
        Format::ALL
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| *f)
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Format::Markdown => "text/markdown; charset=utf-8",
            Format::Html => "text/html; charset=utf-8",
            Format::Json => "application/json",
            Format::Csv => "text/csv; charset=utf-8",
        }
    }
}

/// What a report holds, in the JSON shape tools read.
#[derive(Serialize)]
pub struct Report<'a> {
    pub summary: Summary,
    /// The stories claims were compared within, stories with conflicts first; every article
    /// is in exactly one. Empty when every article was compared with every other.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stories: Vec<StoryRow<'a>>,
    pub findings: Vec<FindingRow<'a>>,
    pub sources: Vec<SourceRow<'a>>,
    #[serde(skip_serializing_if = "is_empty")]
    pub curation_notes: &'a [String],
}

#[derive(Serialize)]
pub struct Summary {
    pub articles: usize,
    pub claims: usize,
    pub conflict: usize,
    pub compatible: usize,
    pub agree: usize,
    pub uncorroborated: usize,
    pub internal_checks: usize,
}

#[derive(Serialize)]
pub struct StoryRow<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub articles: Vec<&'a str>,
    /// The first and last publication dates of its articles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<[String; 2]>,
    /// Its findings across sources by verdict.
    pub conflict: usize,
    pub compatible: usize,
    pub agree: usize,
}

#[derive(Serialize)]
pub struct FindingRow<'a> {
    /// The id of its story, when the analysis compared within stories.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub story: Option<&'a str>,
    pub verdict: Verdict,
    pub kind: &'static str,
    pub scope: Scope,
    pub slot: &'a str,
    pub label: &'a str,
    /// What its claims are about, in words: a figure's frame (measure, qualifiers, subject,
    /// place, period), else the slot's label.
    pub about: String,
    pub explanation: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap: Option<&'a crate::consistency::Gap>,
    #[serde(skip_serializing_if = "is_empty")]
    pub rates: &'a [crate::consistency::fx::Rate],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub assumptions: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub drift: Vec<DriftRow<'a>>,
    pub curated: bool,
    pub mentions: Vec<MentionRow<'a>>,
}

#[derive(Serialize)]
pub struct DriftRow<'a> {
    pub reference: &'a str,
    pub source: &'a str,
    pub changes: &'a [crate::consistency::diff::Change],
    pub summary: Vec<String>,
}

#[derive(Serialize)]
pub struct MentionRow<'a> {
    pub doc: &'a str,
    pub publisher: Option<&'a str>,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub value: Option<f64>,
    pub unit: Option<&'a str>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub speaker: Option<&'a str>,
    /// The values the claim allows as compared ("5.75 billion to 5.85 billion USD").
    pub interval: Option<String>,
    pub sentence: &'a str,
    pub corrected: bool,
    /// False for a member of an agreeing or compatible finding that was set against no other
    /// source's member (a date of another happening, or each its own article's news of the
    /// day): the verdict does not cover it.
    #[serde(skip_serializing_if = "is_true")]
    pub compared: bool,
}

#[derive(Serialize)]
pub struct SourceRow<'a> {
    pub doc: &'a str,
    pub publisher: Option<&'a str>,
    pub title: Option<&'a str>,
    pub published: Option<String>,
    pub claims: usize,
    pub corroborated: usize,
    pub agree: usize,
    pub compatible: usize,
    pub conflict: usize,
    /// Share of corroborated slots without a conflict, when there are any.
    pub agreement: Option<f64>,
}

impl<'a> Report<'a> {
    pub fn new(analysis: &'a Analysis) -> Report<'a> {
        let count = |v: Verdict| {
            analysis
                .findings
                .iter()
                .filter(|f| f.verdict == v && f.scope == Scope::CrossSource)
                .count()
        };
        let explainer = Explainer::new(analysis);
        let findings = analysis
            .findings
            .iter()
            .map(|f| finding_row(analysis, &explainer, f))
            .collect();
        let sources = analysis
            .source_stats
            .iter()
            .map(|st| {
                let s = &analysis.sources[st.source];
                SourceRow {
                    doc: &s.doc,
                    publisher: s.publisher.as_deref(),
                    title: s.title.as_deref(),
                    published: s.published.map(|d| d.to_string()),
                    claims: st.claims,
                    corroborated: st.corroborated,
                    agree: st.agree,
                    compatible: st.compatible,
                    conflict: st.conflict,
                    agreement: (st.corroborated > 0)
                        .then(|| (st.agree + st.compatible) as f64 / st.corroborated as f64),
                }
            })
            .collect();
        let mut stories: Vec<StoryRow> = analysis
            .stories
            .iter()
            .map(|story| StoryRow {
                id: &story.id,
                label: &story.label,
                articles: story
                    .sources
                    .iter()
                    .filter_map(|&s| analysis.sources.get(s))
                    .map(|s| s.doc.as_str())
                    .collect(),
                span: story.span.map(|(a, b)| [a.to_string(), b.to_string()]),
                conflict: 0,
                compatible: 0,
                agree: 0,
            })
            .collect();
        for f in analysis
            .findings
            .iter()
            .filter(|f| f.scope == Scope::CrossSource)
        {
            if let Some(row) = f.story.and_then(|k| stories.get_mut(k)) {
                match f.verdict {
                    Verdict::Conflict => row.conflict += 1,
                    Verdict::Compatible => row.compatible += 1,
                    Verdict::Agree => row.agree += 1,
                    Verdict::Uncorroborated => {}
                }
            }
        }
        // Stories with conflicts first, then the most corroborated; else in article order.
        stories.sort_by_key(|s| {
            (
                std::cmp::Reverse(s.conflict),
                std::cmp::Reverse(s.compatible + s.agree),
            )
        });
        Report {
            stories,
            summary: Summary {
                articles: analysis.sources.len(),
                claims: analysis.mentions.len(),
                conflict: count(Verdict::Conflict),
                compatible: count(Verdict::Compatible),
                agree: count(Verdict::Agree),
                uncorroborated: count(Verdict::Uncorroborated),
                internal_checks: analysis
                    .findings
                    .iter()
                    .filter(|f| f.scope == Scope::Internal)
                    .count(),
            },
            findings,
            sources,
            curation_notes: &analysis.curation_notes,
        }
    }

    /// True when some sources conflict (or an article contradicts itself).
    pub fn has_conflict(&self) -> bool {
        self.findings.iter().any(|f| f.verdict == Verdict::Conflict)
    }

    /// The report in `format`.
    pub fn write(&self, format: Format) -> String {
        match format {
            Format::Markdown => self.markdown(),
            Format::Html => self.html(),
            Format::Json => self.json(),
            Format::Csv => self.csv(),
        }
    }

    /// The report in `format`, written to `out` as it is made: a JSON report of a large corpus
    /// is never held whole (hundreds of megabytes at 100,000 articles).
    pub fn write_to(&self, format: Format, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        match format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut *out, self).map_err(std::io::Error::from)
            }
            _ => out.write_all(self.write(format).as_bytes()),
        }
    }

    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }

    /// One row per mention of each finding.
    pub fn csv(&self) -> String {
        let mut out = String::from(
            "verdict,scope,kind,slot,label,about,doc,publisher,text,start,end,value,unit,from,to,speaker,interval,compared,explanation\n",
        );
        for f in &self.findings {
            for m in &f.mentions {
                let fields = [
                    f.verdict.as_str().to_owned(),
                    scope_str(f.scope).to_owned(),
                    f.kind.to_owned(),
                    f.slot.to_owned(),
                    f.label.to_owned(),
                    f.about.clone(),
                    m.doc.to_owned(),
                    m.publisher.unwrap_or("").to_owned(),
                    m.text.to_owned(),
                    m.start.to_string(),
                    m.end.to_string(),
                    m.value.map(|v| v.to_string()).unwrap_or_default(),
                    m.unit.unwrap_or("").to_owned(),
                    m.from.clone().unwrap_or_default(),
                    m.to.clone().unwrap_or_default(),
                    m.speaker.unwrap_or("").to_owned(),
                    m.interval.clone().unwrap_or_default(),
                    m.compared.to_string(),
                    f.explanation.to_owned(),
                ];
                let row: Vec<String> = fields.iter().map(|s| csv_field(s)).collect();
                out.push_str(&row.join(","));
                out.push('\n');
            }
        }
        out
    }

    pub fn markdown(&self) -> String {
        let mut out = String::new();
        let s = &self.summary;
        let _ = writeln!(out, "# Consistency report\n");
        let _ = writeln!(
            out,
            "{} articles, {} claims. Across sources: **{} conflict**, {} compatible, {} agree, {} uncorroborated. {} internal checks.\n",
            s.articles, s.claims, s.conflict, s.compatible, s.agree, s.uncorroborated, s.internal_checks
        );
        for (story, sections) in self.by_story() {
            // Within stories, a story is a level of headings of its own.
            let h = if let Some(story) = story {
                let _ = writeln!(out, "## Story: {}\n", md_escape(story.label));
                let _ = writeln!(out, "{}\n", md_escape(&story.describe()));
                let _ = writeln!(out, "Articles: {}\n", md_escape(&story.articles.join(", ")));
                "###"
            } else {
                "##"
            };
            for (title, _, rows) in sections {
                let _ = writeln!(out, "{h} {title} ({})\n", rows.len());
                for f in rows {
                    let scope = if f.scope == Scope::Internal {
                        " (within one article)"
                    } else {
                        ""
                    };
                    let curated = if f.curated { " — curated" } else { "" };
                    let _ = writeln!(
                        out,
                        "{h}# {} — {}{scope}{curated}\n",
                        f.verdict,
                        md_escape(&f.about)
                    );
                    let _ = writeln!(out, "{}\n", md_escape(&f.explanation));
                    let _ = writeln!(out, "| source | claim | values | speaker | sentence |");
                    let _ = writeln!(out, "|---|---|---|---|---|");
                    for m in &f.mentions {
                        let values = m.values();
                        let _ = writeln!(
                            out,
                            "| {} | {}{}{} | {} | {} | {} |",
                            md_cell(&source_label(m)),
                            md_cell(m.text),
                            if m.corrected { " (corrected)" } else { "" },
                            if m.compared { "" } else { NOT_COMPARED },
                            md_cell(&values),
                            md_cell(m.speaker.unwrap_or("")),
                            highlight_md(m),
                        );
                    }
                    for d in &f.drift {
                        for line in &d.summary {
                            let _ = writeln!(out, "\n- {}", md_escape(line));
                        }
                    }
                    out.push('\n');
                }
            }
        }
        let _ = writeln!(out, "## Sources\n");
        let _ = writeln!(
            out,
            "| source | publisher | published | claims | corroborated | agree | compatible | conflict | agreement |"
        );
        let _ = writeln!(out, "|---|---|---|---|---|---|---|---|---|");
        for s in &self.sources {
            let cells: Vec<String> = s.cells().iter().map(|c| md_cell(c)).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
        for note in self.curation_notes {
            let _ = writeln!(out, "\n- curation: {}", md_escape(note));
        }
        out
    }

    /// One self-contained page: inline style, no scripts from elsewhere.
    pub fn html(&self) -> String {
        let mut out = String::new();
        let s = &self.summary;
        out.push_str(concat!(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>claimgraph: consistency report</title><style>",
            "body{font:15px/1.45 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}",
            "h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:2px solid #ddd}",
            ".finding{border-left:6px solid #999;padding:.4rem .9rem;margin:1rem 0;background:#fafafa}",
            ".conflict{border-color:#c62828}.compatible{border-color:#f9a825}.agree{border-color:#2e7d32}.uncorroborated{border-color:#9e9e9e}",
            ".verdict{font-weight:bold;text-transform:uppercase;font-size:.8rem;letter-spacing:.05em}",
            ".nowrap{white-space:nowrap}",
            "table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}",
            "mark{background:#ffe082;padding:0 .1rem}.del{background:#ffcdd2;text-decoration:line-through}.ins{background:#c8e6c9}",
            ".small{color:#666;font-size:.85rem}details{margin:.3rem 0}tr.apart{color:#777}",
            "</style></head><body>\n<h1>Consistency report</h1>\n"
        ));
        let _ = writeln!(
            out,
            "<p>{} articles, {} claims. Across sources: <b>{} conflict</b>, {} compatible, {} agree, {} uncorroborated; {} internal checks.</p>",
            s.articles, s.claims, s.conflict, s.compatible, s.agree, s.uncorroborated, s.internal_checks
        );
        for (story, sections) in self.by_story() {
            let h = if let Some(story) = story {
                let _ = writeln!(
                    out,
                    "<h2 id=\"story-{}\">Story: {}</h2><p class=\"small\">{}</p><details class=\"small\"><summary>its articles</summary><ul><li>{}</li></ul></details>",
                    html_escape(story.id),
                    html_escape(story.label),
                    html_escape(&story.describe()),
                    story
                        .articles
                        .iter()
                        .map(|a| html_escape(a))
                        .collect::<Vec<_>>()
                        .join("</li><li>")
                );
                ("h3", "h4")
            } else {
                ("h2", "h3")
            };
            // A finding's heading is a level below its section's.
            let (h, fh) = h;
            for (title, verdict, rows) in sections {
                let _ = writeln!(out, "<{h}>{title} ({})</{h}>", rows.len());
                let collapse = verdict == Verdict::Uncorroborated;
                if collapse {
                    out.push_str("<details><summary>show</summary>\n");
                }
                for f in rows {
                    let _ = write!(
                    out,
                    "<section class=\"finding {}\" id=\"{}\"><div class=\"verdict\">{}{}{}</div><{fh}>{}</{fh}><p>{}</p>",
                    f.verdict,
                    html_escape(f.slot),
                    f.verdict,
                    if f.scope == Scope::Internal { " · within one article" } else { "" },
                    if f.curated { " · curated" } else { "" },
                    html_escape(&f.about),
                    html_escape(&f.explanation)
                );
                    out.push_str("<table><tr><th>source</th><th>claim</th><th>values</th><th>speaker</th><th>sentence</th></tr>");
                    for m in &f.mentions {
                        let values = m.values();
                        let _ = write!(
                            out,
                            "<tr{}><td>{}</td><td>{}{}{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                            if m.compared { "" } else { " class=\"apart\"" },
                            html_escape(&source_label(m)),
                            html_escape(m.text),
                            if m.corrected {
                                " <i>(corrected)</i>"
                            } else {
                                ""
                            },
                            if m.compared {
                                ""
                            } else {
                                " <i>(not compared)</i>"
                            },
                            values_html(&values),
                            html_escape(m.speaker.unwrap_or("")),
                            highlight_html(m)
                        );
                    }
                    out.push_str("</table>");
                    for d in &f.drift {
                        let _ = write!(
                            out,
                            "<p class=\"small\">{} against {}: ",
                            html_escape(d.source),
                            html_escape(d.reference)
                        );
                        for c in d.changes {
                            use crate::consistency::diff::Change;
                            match c {
                                Change::Same(w) => out.push_str(&html_escape(w)),
                                Change::Removed(w) => {
                                    let _ = write!(
                                        out,
                                        "<span class=\"del\">{}</span>",
                                        html_escape(w)
                                    );
                                }
                                Change::Added(w) => {
                                    let _ = write!(
                                        out,
                                        "<span class=\"ins\">{}</span>",
                                        html_escape(w)
                                    );
                                }
                            }
                            out.push(' ');
                        }
                        out.push_str("</p>");
                    }
                    out.push_str("</section>\n");
                }
                if collapse {
                    out.push_str("</details>\n");
                }
            }
        }
        out.push_str("<h2>Sources</h2><table><tr><th>source</th><th>publisher</th><th>published</th><th>claims</th><th>corroborated</th><th>agree</th><th>compatible</th><th>conflict</th><th>agreement</th></tr>");
        for s in &self.sources {
            out.push_str("<tr>");
            for c in s.cells() {
                let _ = write!(out, "<td>{}</td>", html_escape(&c));
            }
            out.push_str("</tr>");
        }
        out.push_str("</table>\n");
        for note in self.curation_notes {
            let _ = writeln!(
                out,
                "<p class=\"small\">curation: {}</p>",
                html_escape(note)
            );
        }
        out.push_str("</body></html>\n");
        out
    }
}

fn is_true(b: &bool) -> bool {
    *b
}

fn is_empty<T>(s: &&[T]) -> bool {
    s.is_empty()
}

/// The sections of a report: a verdict's title, the verdict and its findings.
type Sections<'r, 'a> = Vec<(&'static str, Verdict, Vec<&'r FindingRow<'a>>)>;

impl<'a> Report<'a> {
    /// The findings by story (in the order of [`Report::stories`], stories with no finding
    /// left out), each story's by verdict; one group without a story when the analysis
    /// compared every article with every other.
    fn by_story(&self) -> Vec<(Option<&StoryRow<'a>>, Sections<'_, 'a>)> {
        if self.stories.is_empty() {
            return vec![(None, self.sections(|_| true))];
        }
        self.stories
            .iter()
            .map(|story| (Some(story), self.sections(|f| f.story == Some(story.id))))
            .filter(|(_, sections)| !sections.is_empty())
            .collect()
    }

    /// The findings `keep` keeps by verdict, in report order, with each section's title;
    /// empty ones left out.
    fn sections(&self, keep: impl Fn(&FindingRow) -> bool) -> Sections<'_, 'a> {
        [
            ("Conflicts", Verdict::Conflict),
            ("Compatible", Verdict::Compatible),
            ("Agreements", Verdict::Agree),
            ("Uncorroborated", Verdict::Uncorroborated),
        ]
        .into_iter()
        .map(|(title, verdict)| {
            let rows = self
                .findings
                .iter()
                .filter(|f| f.verdict == verdict && keep(f))
                .collect();
            (title, verdict, rows)
        })
        .filter(|(_, _, rows): &(_, _, Vec<_>)| !rows.is_empty())
        .collect()
    }
}

impl StoryRow<'_> {
    /// "3 articles (a, b, c); 2 conflict, 1 compatible, 4 agree across sources."
    fn describe(&self) -> String {
        let n = self.articles.len();
        let mut out = format!("{n} article{}", if n == 1 { "" } else { "s" });
        // The label ends with the time span already.
        out.push_str(&format!(
            "; {} conflict, {} compatible, {} agree across sources.",
            self.conflict, self.compatible, self.agree
        ));
        out
    }
}

impl SourceRow<'_> {
    /// The cells of the per-source table, in its column order.
    fn cells(&self) -> [String; 9] {
        [
            self.doc.to_owned(),
            self.publisher.unwrap_or("").to_owned(),
            self.published.clone().unwrap_or_default(),
            self.claims.to_string(),
            self.corroborated.to_string(),
            self.agree.to_string(),
            self.compatible.to_string(),
            self.conflict.to_string(),
            self.agreement
                .map(|a| format!("{:.0} %", a * 100.0))
                .unwrap_or_else(|| "–".into()),
        ]
    }
}

impl MentionRow<'_> {
    /// The values a mention allows as compared, or its days.
    fn values(&self) -> String {
        self.interval
            .clone()
            .or_else(|| match (&self.from, &self.to) {
                // One day is said once.
                (Some(f), Some(t)) if f == t => Some(f.clone()),
                (Some(f), t) => Some(format!("{f} to {}", t.clone().unwrap_or_default())),
                _ => None,
            })
            .unwrap_or_default()
    }
}

fn scope_str(s: Scope) -> &'static str {
    match s {
        Scope::CrossSource => "cross_source",
        Scope::Internal => "internal",
    }
}

/// Story ids of findings, as [`FindingRow::story`].
fn story_id<'a>(analysis: &'a Analysis, f: &Finding) -> Option<&'a str> {
    f.story
        .and_then(|k| analysis.stories.get(k))
        .map(|s| s.id.as_str())
}

fn finding_row<'a>(
    analysis: &'a Analysis,
    explainer: &Explainer,
    f: &'a Finding,
) -> FindingRow<'a> {
    let unit = |m: &Mention| m.unit.clone().unwrap_or_default();
    // The currency amounts were brought to: that of a member not converted.
    let target = f
        .members
        .iter()
        .find(|x| x.converted_from.is_none())
        .map(|x| unit(&analysis.mentions[x.mention]))
        .unwrap_or_default();
    let apart: &[usize] = match &f.basis {
        crate::consistency::Basis::Values { apart, .. } => apart,
        _ => &[],
    };
    let mut mentions: Vec<MentionRow> = f
        .members
        .iter()
        .enumerate()
        .map(|(k, member)| {
            let m = &analysis.mentions[member.mention];
            let source = analysis.sources.get(member.source);
            let interval = match (m.kind, member.interval) {
                (crate::model::claim::Kind::Date, _) | (_, None) => None,
                (_, Some(i)) => {
                    let shown_unit = match &member.converted_from {
                        Some(c) => format!("{target}, converted from {c}"),
                        None => unit(m),
                    };
                    Some(format_interval(&finding::shown(m.kind, i), &shown_unit))
                }
            };
            MentionRow {
                doc: &m.doc,
                publisher: source.and_then(|s| s.publisher.as_deref()),
                text: &m.text,
                start: m.start,
                end: m.end,
                value: m.value,
                unit: m.unit.as_deref(),
                from: m.from.map(|d| d.to_string()),
                to: m.to.map(|d| d.to_string()),
                speaker: m.speaker.as_deref(),
                interval,
                sentence: &m.sentence,
                corrected: member.corrected,
                compared: !apart.contains(&k),
            }
        })
        .collect();
    // The members the verdict covers first, those it never compared after them (a stable sort
    // keeps each part in the analysis's order).
    mentions.sort_by_key(|m| !m.compared);
    let drift = f
        .drift
        .iter()
        .map(|d| DriftRow {
            reference: analysis
                .sources
                .get(d.reference)
                .map_or("", |s| s.doc.as_str()),
            source: analysis
                .sources
                .get(d.source)
                .map_or("", |s| s.doc.as_str()),
            changes: &d.changes,
            summary: explainer.drift_summary(d),
        })
        .collect();
    FindingRow {
        story: story_id(analysis, f),
        verdict: f.verdict,
        kind: f.kind.as_str(),
        scope: f.scope,
        slot: &f.slot,
        label: &f.label,
        about: explainer.about(f),
        explanation: explainer.explanation(f),
        gap: f.gap.as_ref(),
        rates: &f.rates,
        assumptions: f.assumptions.iter().map(finding::assumption).collect(),
        drift,
        curated: f.curated,
        mentions,
    }
}

fn source_label(m: &MentionRow) -> String {
    match m.publisher {
        Some(p) if p != "unknown" => format!("{p} ({})", m.doc),
        _ => m.doc.to_owned(),
    }
}

/// The sentence with the claim's text marked: its first occurrence that stands as words of
/// its own ("2" in "Doors: 2", not in "(131.2 feet)"), else its first occurrence.
fn split_sentence<'s>(sentence: &'s str, text: &str) -> Option<(&'s str, &'s str, &'s str)> {
    let digits = text.starts_with(|c: char| c.is_ascii_digit())
        || text.ends_with(|c: char| c.is_ascii_digit());
    let whole = |at: usize| {
        let (before, after) = (&sentence[..at], &sentence[at + text.len()..]);
        // "131.2", "1,420", "3.6": a number goes on through a separator and a digit.
        let run_before = before
            .strip_suffix(['.', ','])
            .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
        let run_after = after
            .strip_prefix(['.', ','])
            .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
        !before
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && !after.chars().next().is_some_and(char::is_alphanumeric)
            && !(digits && (run_before || run_after))
    };
    let at = sentence
        .match_indices(text)
        .map(|(at, _)| at)
        .find(|&at| whole(at))
        .or_else(|| sentence.find(text))?;
    Some((
        &sentence[..at],
        &sentence[at..at + text.len()],
        &sentence[at + text.len()..],
    ))
}

fn highlight_md(m: &MentionRow) -> String {
    match split_sentence(m.sentence, m.text) {
        Some((a, b, c)) => format!("{}**{}**{}", md_cell(a), md_cell(b), md_cell(c)),
        None => md_cell(m.sentence),
    }
}

fn highlight_html(m: &MentionRow) -> String {
    match split_sentence(m.sentence, m.text) {
        Some((a, b, c)) => format!(
            "{}<mark>{}</mark>{}",
            html_escape(a),
            html_escape(b),
            html_escape(c)
        ),
        None => html_escape(m.sentence),
    }
}

/// A claim's values for a table cell: a date ("2017-09-15") is never broken at its hyphens,
/// so a narrow column breaks "2017-08-01 to 2017-08-31" only at its words.
fn values_html(values: &str) -> String {
    values
        .split(' ')
        .map(|word| {
            let b = word.as_bytes();
            let is_date = b.len() == 10
                && (b[4], b[7]) == (b'-', b'-')
                && b.iter().filter(|c| c.is_ascii_digit()).count() == 8;
            if is_date {
                format!("<span class=\"nowrap\">{word}</span>")
            } else {
                html_escape(word)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn md_cell(s: &str) -> String {
    md_escape(s).replace('|', "\\|").replace('\n', " ")
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consistency::fixtures::{day, one_story, source};

    #[test]
    fn claims_an_agreement_never_compared_are_listed_last_and_marked() {
        // Two articles of May 3 date one test firing; one of May 21 (listed first) dates its
        // own day's firing, which is set against neither.
        let says = |day: &str| format!("Velmar launched a test rocket over the strait on {day}.");
        let sources = vec![
            source("c", (2022, 5, 21)),
            source("a", (2022, 5, 3)),
            source("b", (2022, 5, 3)),
        ];
        let mentions = vec![
            day("c", "on May 20", (2022, 5, 20), &says("May 20")),
            day("a", "on May 2", (2022, 5, 2), &says("May 2")),
            day("b", "on May 2", (2022, 5, 2), &says("May 2")),
        ];
        let analysis = one_story(sources, mentions);
        let report = Report::new(&analysis);
        let md = report.markdown();
        let rows: Vec<&str> = md
            .lines()
            .filter(|l| l.starts_with("| ") && l.contains("on May"))
            .collect();
        assert_eq!(rows.len(), 3, "{md}");
        assert!(rows[2].contains("| on May 20 (not compared) |"), "{md}");
        assert!(rows[..2].iter().all(|r| r.contains("| on May 2 |")), "{md}");
        let html = report.html();
        assert!(
            html.contains(
                "<tr class=\"apart\"><td>Publisher c (c)</td><td>on May 20 <i>(not compared)</i>"
            ),
            "{html}"
        );
        let json = report.json();
        assert_eq!(json.matches("\"compared\": false").count(), 1, "{json}");
        assert!(report.csv().lines().any(|l| l.contains(",false,")), "csv");
    }

    #[test]
    fn escaping_keeps_markup_out() {
        assert_eq!(
            html_escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        assert_eq!(md_cell("a|b*c\nd"), "a\\|b\\*c d");
        assert_eq!(csv_field("a,\"b\""), "\"a,\"\"b\"\"\"");
        assert_eq!(csv_field("plain"), "plain");
    }

    #[test]
    fn a_claim_is_marked_where_it_stands_as_a_word() {
        let sentence = "Length: 40 meters (131.2 feet) Doors: 2 Decks: 3";
        assert_eq!(
            split_sentence(sentence, "2"),
            Some(("Length: 40 meters (131.2 feet) Doors: ", "2", " Decks: 3"))
        );
        assert_eq!(
            split_sentence("It rose 3.6 percent, or 6 points.", "6"),
            Some(("It rose 3.6 percent, or ", "6", " points."))
        );
        // Nowhere on its own: the first occurrence still shows where it is.
        assert_eq!(
            split_sentence("A 229-seat hall", "2"),
            Some(("A ", "2", "29-seat hall"))
        );
    }
}
