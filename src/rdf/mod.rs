//! Claims as RDF: an article and its mentions become the quads of the article's named graph,
//! in the vocabulary of `ontology/claimgraph.ttl`, with provenance down to the character span.
//!
//! IRIs are minted deterministically from the article id, the span and the kind, so mapping the
//! same article twice gives the same quads. This module builds quads and does no IO.

use crate::model::article::Source;
use crate::model::article::{Article, Metadata, PublishedBasis};
use crate::model::claim::{Bound, DateBasis, Kind, Mention};
use crate::model::iri::{
    article_graph, article_iri, author_iri, claim_iri, decode as percent_decode, encode,
    publisher_iri, speaker_iri,
};
use crate::model::lexicon::Lexicon;
use crate::model::time::{Date, Precision};
use crate::model::vocab::{self, cg, dcterms, oa, prov, rdf, rdfs, schema, xsd};
use crate::stories::{Document, Features};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use rustc_hash::FxHashMap;
use sha2::{Digest, Sha256};

/// The version of extraction whose claims are stored: an unchanged article is extracted again
/// when this changes.
pub const EXTRACTOR: &str = concat!("claimgraph ", env!("CARGO_PKG_VERSION"));

/// Number of characters of context kept in a TextQuoteSelector's prefix and suffix.
const CONTEXT: usize = 32;

/// The lower-case hexadecimal SHA-256 of a text.
pub fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// Collects quads into one named graph.
struct GraphBuilder {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl GraphBuilder {
    fn add(&mut self, s: impl Into<NamedNode>, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            s.into(),
            p.into_owned(),
            o.into(),
            self.graph.clone(),
        ));
    }
    fn string(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, value: &str) {
        self.add(s.clone(), p, Literal::new_simple_literal(value));
    }
    fn typed(
        &mut self,
        s: &NamedNode,
        p: NamedNodeRef<'_>,
        value: impl Into<String>,
        datatype: NamedNodeRef<'_>,
    ) {
        self.add(s.clone(), p, Literal::new_typed_literal(value, datatype));
    }
    fn node(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: NamedNodeRef<'_>) {
        self.add(s.clone(), p, o.into_owned());
    }
}

/// The quads of an article's named graph: the article, its publisher, its claims with their
/// selectors, and the speakers they are attributed to.
pub fn article_quads(article: &Article, mentions: &[Mention]) -> Vec<Quad> {
    let graph = article_graph(&article.id);
    let mut g = GraphBuilder {
        graph: GraphName::NamedNode(graph),
        quads: Vec::with_capacity(16 + mentions.len() * 20),
    };
    let a = article_iri(&article.id);

    g.node(&a, rdf::TYPE, schema::NEWS_ARTICLE);
    g.string(&a, dcterms::IDENTIFIER, &article.id);
    if let Some(title) = &article.meta.title {
        g.string(&a, schema::HEADLINE, title);
    }
    if let Some(name) = &article.meta.publisher {
        let p = publisher_iri(name);
        g.node(&p, rdf::TYPE, schema::ORGANIZATION);
        g.string(&p, schema::NAME, name);
        g.add(a.clone(), schema::PUBLISHER, p);
    }
    if let Some(published) = &article.meta.published {
        let (lexical, datatype) =
            publication_literal(published.period.from, published.period.precision);
        g.typed(&a, schema::DATE_PUBLISHED, lexical, datatype);
        g.node(
            &a,
            cg::DATE_PRECISION,
            precision_iri(published.period.precision),
        );
        let source = match &published.basis {
            PublishedBasis::Sources { note, .. } => note.clone(),
            PublishedBasis::Dateline { text, .. } => format!("dateline: {text}"),
            PublishedBasis::Given => "given".to_owned(),
            PublishedBasis::Page { field, value } => format!("page: {field} {value}"),
        };
        g.string(&a, cg::DATE_SOURCE, &source);
    }
    page_quads(&mut g, &a, &article.meta);
    g.string(&a, cg::SHA256, &sha256_hex(&article.text));
    g.string(&a, cg::STORY_FEATURES, &story_features(article));
    g.string(&a, cg::EXTRACTOR, EXTRACTOR);
    g.typed(
        &a,
        cg::CLAIM_COUNT,
        mentions.len().to_string(),
        xsd::INTEGER,
    );

    let chars: Vec<char> = article.text.chars().collect();
    for m in mentions {
        claim_quads(&mut g, &a, &article.id, &chars, m);
    }
    // A speaker quoted twice is described twice: keep each quad once.
    let mut seen = std::collections::HashSet::with_capacity(g.quads.len());
    g.quads.retain(|q| seen.insert(q.clone()));
    g.quads
}

/// What story grouping reads of the article's text, counted, as JSON: the store keeps it so
/// that stories grouped from the store are those grouped from the texts, which it does not
/// keep.
pub fn story_features(article: &Article) -> String {
    Features::of(&Document::of(article), Lexicon::get()).to_json()
}

/// What a page says of itself besides its title, publisher and publication date: its address,
/// modification date, authors, language, where each was read, the digest of the raw page and
/// the capture a web archive holds it from. An address that is not a valid IRI is left out.
fn page_quads(g: &mut GraphBuilder, a: &NamedNode, meta: &Metadata) {
    let mut sources: Vec<(&str, &str)> = Vec::new();
    if let Some(basis) = &meta.title_basis {
        sources.push(("title", basis));
    }
    if let Some(basis) = &meta.publisher_basis {
        sources.push(("publisher", basis));
    }
    if let Some(url) = &meta.url {
        if let Ok(iri) = NamedNode::new(url.value.as_str()) {
            g.add(a.clone(), schema::URL, iri);
            sources.push(("url", &url.basis));
        }
    }
    if let Some(modified) = &meta.modified {
        g.typed(
            a,
            schema::DATE_MODIFIED,
            modified.value.to_string(),
            xsd::DATE,
        );
        sources.push(("modified", &modified.basis));
    }
    for name in &meta.authors {
        let p = author_iri(name);
        g.node(&p, rdf::TYPE, schema::PERSON);
        g.string(&p, schema::NAME, name);
        g.add(a.clone(), schema::AUTHOR, p);
    }
    if let (Some(basis), false) = (&meta.authors_basis, meta.authors.is_empty()) {
        sources.push(("authors", basis));
    }
    if let Some(language) = &meta.language {
        g.string(a, schema::IN_LANGUAGE, &language.value);
        sources.push(("language", &language.basis));
    }
    for (field, basis) in sources {
        g.string(a, cg::METADATA_SOURCE, &format!("{field}: {basis}"));
    }
    if let Some(digest) = &meta.raw_sha256 {
        g.string(a, cg::RAW_SHA256, digest);
    }
    if let Some(fetched) = &meta.fetched {
        if let Ok(iri) = NamedNode::new(fetched.uri.as_str()) {
            g.add(a.clone(), cg::FETCHED_FROM, iri);
        }
        if is_date_time(&fetched.date) {
            g.typed(a, cg::FETCHED_AT, fetched.date.as_str(), xsd::DATE_TIME);
        } else {
            g.string(a, cg::FETCHED_AT, &fetched.date);
        }
    }
}

/// Whether `text` is an xsd:dateTime as WARC writes them: `YYYY-MM-DDThh:mm:ss`, a fraction
/// of a second maybe, then `Z` or `+hh:mm`/`-hh:mm`.
fn is_date_time(text: &str) -> bool {
    let b = text.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let shape = digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
        && b.get(10) == Some(&b'T')
        && digits(11..13)
        && b.get(13) == Some(&b':')
        && digits(14..16)
        && b.get(16) == Some(&b':')
        && digits(17..19);
    if !shape || Date::parse_iso(&text[..10]).is_none() {
        return false;
    }
    let mut rest = &text[19..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let n = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        rest = &fraction[n..];
    }
    match rest.as_bytes() {
        b"Z" => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => [h1, h2, m1, m2].iter().all(|d| d.is_ascii_digit()),
        _ => false,
    }
}

fn claim_quads(g: &mut GraphBuilder, article: &NamedNode, doc: &str, chars: &[char], m: &Mention) {
    let c = claim_iri(doc, m);
    g.node(&c, rdf::TYPE, cg::CLAIM);
    g.node(&c, rdf::TYPE, schema::CLAIM);
    g.node(&c, rdf::TYPE, kind_class(m.kind));
    g.add(c.clone(), prov::WAS_DERIVED_FROM, article.clone());
    if !m.sentence.is_empty() {
        g.string(&c, cg::SENTENCE, &m.sentence);
    }

    // Where the claim stands: both Web Annotation selectors.
    let position = NamedNode::new_unchecked(format!("{}/position", c.as_str()));
    g.add(c.clone(), cg::SELECTOR, position.clone());
    g.node(&position, rdf::TYPE, oa::TEXT_POSITION_SELECTOR);
    g.typed(
        &position,
        oa::START,
        m.start.to_string(),
        xsd::NON_NEGATIVE_INTEGER,
    );
    g.typed(
        &position,
        oa::END,
        m.end.to_string(),
        xsd::NON_NEGATIVE_INTEGER,
    );
    g.add(position.clone(), oa::HAS_SOURCE, article.clone());
    let quote = NamedNode::new_unchecked(format!("{}/quote", c.as_str()));
    g.add(c.clone(), cg::SELECTOR, quote.clone());
    g.node(&quote, rdf::TYPE, oa::TEXT_QUOTE_SELECTOR);
    let end = m.end.min(chars.len());
    let start = m.start.min(end);
    let exact: String = chars[start..end].iter().collect();
    let prefix: String = chars[start.saturating_sub(CONTEXT)..start].iter().collect();
    let suffix: String = chars[end..(end + CONTEXT).min(chars.len())]
        .iter()
        .collect();
    g.string(&quote, oa::EXACT, &exact);
    g.string(&quote, oa::PREFIX, &prefix);
    g.string(&quote, oa::SUFFIX, &suffix);
    g.add(quote.clone(), oa::HAS_SOURCE, article.clone());

    if let Some(value) = m.value {
        g.typed(&c, cg::VALUE, decimal(value), xsd::DECIMAL);
        let bound = m.bound.unwrap_or(Bound::Exact);
        g.node(&c, cg::BOUND, bound_iri(bound));
        let low = m.low.unwrap_or(value);
        match bound {
            Bound::Exact => {
                g.typed(&c, cg::LOWER_BOUND, decimal(low), xsd::DECIMAL);
                g.typed(&c, cg::UPPER_BOUND, decimal(value), xsd::DECIMAL);
            }
            Bound::AtLeast => g.typed(&c, cg::LOWER_BOUND, decimal(low), xsd::DECIMAL),
            Bound::AtMost => g.typed(&c, cg::UPPER_BOUND, decimal(value), xsd::DECIMAL),
            Bound::Approx => {}
        }
    } else if let Some(bound) = m.bound {
        g.node(&c, cg::BOUND, bound_iri(bound));
    }
    if let Some(unit) = &m.unit {
        match m.kind {
            Kind::Amount => g.string(&c, cg::CURRENCY, unit),
            _ => g.string(&c, cg::COUNTED_UNIT, unit),
        }
    }
    if m.kind == Kind::Amount {
        g.typed(
            &c,
            cg::AMBIGUOUS_CURRENCY,
            m.ambiguous.to_string(),
            xsd::BOOLEAN,
        );
    }
    if let Some(measure) = &m.measure {
        g.add(
            c.clone(),
            cg::MEASURE,
            NamedNode::new_unchecked(format!("{}{}", vocab::MEASURE, encode(measure))),
        );
    }
    if let Some(duration) = &m.duration {
        g.typed(&c, cg::DURATION, duration.as_str(), xsd::DURATION);
    }
    if let (Some(from), Some(to)) = (m.from, m.to) {
        g.typed(&c, cg::FROM, from.to_string(), xsd::DATE);
        g.typed(&c, cg::TO, to.to_string(), xsd::DATE);
    }
    if let Some(precision) = m.precision {
        g.node(&c, cg::PRECISION, precision_iri(precision));
    }
    if let Some(event) = &m.event {
        g.string(&c, cg::EVENT, event);
    }
    if let Some(happening) = &m.happening {
        g.string(&c, cg::HAPPENING, happening);
    }
    if let Some(basis) = m.basis {
        g.node(&c, cg::DATE_BASIS, basis_iri(basis));
        if matches!(basis, DateBasis::Relative | DateBasis::Anaphoric) {
            g.string(&c, cg::RELATIVE_EXPRESSION, &m.text);
        }
    }
    if let Some(reference) = m.reference {
        g.typed(&c, cg::REFERENCE_DATE, reference.to_string(), xsd::DATE);
    }
    if let Some(subject) = &m.subject {
        g.string(&c, cg::SUBJECT_NAME, subject);
    }
    if let Some(name) = &m.speaker {
        let s = speaker_iri(name);
        g.node(&s, rdf::TYPE, cg::SPEAKER);
        g.string(&s, rdfs::LABEL, name);
        g.add(c.clone(), prov::WAS_ATTRIBUTED_TO, s.clone());
        if m.kind == Kind::Quote {
            g.add(c.clone(), prov::WAS_QUOTED_FROM, s);
        }
    }
}

/// Reads an article's graph back: the article as a source and its claims, as [`article_quads`]
/// wrote them (offsets, text, values, dates, speaker, sentence). `None` when the quads hold no
/// article.
pub fn read_article_graph(quads: &[Quad]) -> Option<(Source, Vec<Mention>)> {
    let mut by_subject: FxHashMap<&str, Vec<(&str, &Term)>> = FxHashMap::default();
    for q in quads {
        if let NamedOrBlankNode::NamedNode(s) = &q.subject {
            by_subject
                .entry(s.as_str())
                .or_default()
                .push((q.predicate.as_str(), &q.object));
        }
    }
    let get = |s: &str, p: NamedNodeRef<'_>| -> Option<&Term> {
        by_subject
            .get(s)?
            .iter()
            .find(|(q, _)| *q == p.as_str())
            .map(|(_, o)| *o)
    };
    let lit = |s: &str, p: NamedNodeRef<'_>| -> Option<String> {
        match get(s, p)? {
            Term::Literal(l) => Some(l.value().to_owned()),
            _ => None,
        }
    };
    let iri = |s: &str, p: NamedNodeRef<'_>| -> Option<String> {
        match get(s, p)? {
            Term::NamedNode(n) => Some(n.as_str().to_owned()),
            _ => None,
        }
    };
    let is_a = |s: &str, class: NamedNodeRef<'_>| {
        by_subject.get(s).is_some_and(|props| {
            props.iter().any(|(p, o)| {
                *p == rdf::TYPE.as_str() && matches!(o, Term::NamedNode(n) if n.as_ref() == class)
            })
        })
    };
    let article = by_subject
        .keys()
        .copied()
        .find(|s| is_a(s, schema::NEWS_ARTICLE))?;
    let doc = lit(article, dcterms::IDENTIFIER)?;
    let source = Source {
        doc: doc.clone(),
        publisher: iri(article, schema::PUBLISHER).and_then(|p| lit(&p, schema::NAME)),
        title: lit(article, schema::HEADLINE),
        published: lit(article, schema::DATE_PUBLISHED).and_then(|d| parse_published(&d)),
        digest: lit(article, cg::SHA256),
        story_features: lit(article, cg::STORY_FEATURES),
    };
    let mut mentions = Vec::new();
    for (&c, _) in by_subject.iter().filter(|(s, _)| is_a(s, cg::CLAIM)) {
        let Some(kind) = Kind::ALL.into_iter().find(|k| is_a(c, kind_class(*k))) else {
            continue;
        };
        let position = format!("{c}/position");
        let quote = format!("{c}/quote");
        let (Some(start), Some(end), Some(text)) = (
            lit(&position, oa::START).and_then(|v| v.parse().ok()),
            lit(&position, oa::END).and_then(|v| v.parse().ok()),
            lit(&quote, oa::EXACT),
        ) else {
            continue;
        };
        let mut m = Mention::new(&doc, kind, &text, start, end);
        let number = |p| lit(c, p).and_then(|v| v.parse::<f64>().ok());
        m.value = number(cg::VALUE);
        m.bound = iri(c, cg::BOUND).and_then(|b| {
            [Bound::Exact, Bound::AtLeast, Bound::AtMost, Bound::Approx]
                .into_iter()
                .find(|x| bound_iri(*x).as_str() == b)
        });
        let lower = number(cg::LOWER_BOUND);
        m.low = lower.filter(|l| Some(*l) != m.value && m.bound == Some(Bound::Exact));
        m.unit = lit(c, cg::CURRENCY).or_else(|| lit(c, cg::COUNTED_UNIT));
        m.ambiguous = lit(c, cg::AMBIGUOUS_CURRENCY).as_deref() == Some("true");
        m.measure =
            iri(c, cg::MEASURE).and_then(|i| i.strip_prefix(vocab::MEASURE).map(percent_decode));
        m.duration = lit(c, cg::DURATION);
        m.from = lit(c, cg::FROM).and_then(|d| Date::parse_iso(&d));
        m.to = lit(c, cg::TO).and_then(|d| Date::parse_iso(&d));
        m.precision = iri(c, cg::PRECISION).and_then(|p| {
            [
                Precision::Day,
                Precision::Week,
                Precision::Month,
                Precision::Quarter,
                Precision::Half,
                Precision::Year,
            ]
            .into_iter()
            .find(|x| precision_iri(*x).as_str() == p)
        });
        m.basis = iri(c, cg::DATE_BASIS).and_then(|b| {
            [
                DateBasis::Absolute,
                DateBasis::YearFromReference,
                DateBasis::Relative,
                DateBasis::Anaphoric,
            ]
            .into_iter()
            .find(|x| basis_iri(*x).as_str() == b)
        });
        m.reference = lit(c, cg::REFERENCE_DATE).and_then(|d| Date::parse_iso(&d));
        m.event = lit(c, cg::EVENT);
        m.happening = lit(c, cg::HAPPENING);
        m.subject = lit(c, cg::SUBJECT_NAME);
        m.speaker = iri(c, prov::WAS_ATTRIBUTED_TO).and_then(|s| lit(&s, rdfs::LABEL));
        m.sentence = lit(c, cg::SENTENCE).unwrap_or_default();
        mentions.push(m);
    }
    mentions.sort_by_key(|m| (m.start, m.end, m.kind));
    Some((source, mentions))
}

/// The first day of a publication date as stored (`2019`, `2019-11`, `2019-11-06`).
fn parse_published(lexical: &str) -> Option<Date> {
    let mut parts = lexical.splitn(3, '-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next().map_or(Some(1), |m| m.parse().ok())?;
    let d = parts
        .next()
        .map_or(Some(1), |d| d.get(..2).and_then(|d| d.parse().ok()))?;
    Date::from_ymd(y, m, d)
}

/// An xsd:decimal lexical form: no exponent, whole numbers without a fractional part.
pub fn decimal(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// A publication date as the literal its precision calls for: xsd:date, xsd:gYearMonth or
/// xsd:gYear.
fn publication_literal(from: Date, precision: Precision) -> (String, NamedNodeRef<'static>) {
    let (y, m, _) = from.ymd();
    match precision {
        Precision::Year => (format!("{y:04}"), xsd::G_YEAR),
        Precision::Month | Precision::Quarter | Precision::Half => {
            (format!("{y:04}-{m:02}"), xsd::G_YEAR_MONTH)
        }
        Precision::Day | Precision::Week => (from.to_string(), xsd::DATE),
    }
}

pub fn kind_class(kind: Kind) -> NamedNodeRef<'static> {
    match kind {
        Kind::Amount => cg::AMOUNT_CLAIM,
        Kind::Count => cg::COUNT_CLAIM,
        Kind::Percent => cg::PERCENT_CLAIM,
        Kind::Ratio => cg::RATIO_CLAIM,
        Kind::Duration => cg::DURATION_CLAIM,
        Kind::Date => cg::DATE_CLAIM,
        Kind::Quote => cg::QUOTE_CLAIM,
    }
}

fn bound_iri(bound: Bound) -> NamedNodeRef<'static> {
    match bound {
        Bound::Exact => cg::EXACT,
        Bound::AtLeast => cg::AT_LEAST,
        Bound::AtMost => cg::AT_MOST,
        Bound::Approx => cg::APPROX,
    }
}

fn precision_iri(precision: Precision) -> NamedNodeRef<'static> {
    match precision {
        Precision::Day => cg::DAY,
        Precision::Week => cg::WEEK,
        Precision::Month => cg::MONTH,
        Precision::Quarter => cg::QUARTER,
        Precision::Half => cg::HALF,
        Precision::Year => cg::YEAR,
    }
}

fn basis_iri(basis: DateBasis) -> NamedNodeRef<'static> {
    match basis {
        DateBasis::Absolute => cg::ABSOLUTE,
        DateBasis::YearFromReference => cg::YEAR_FROM_REFERENCE,
        DateBasis::Relative => cg::RELATIVE,
        DateBasis::Anaphoric => cg::ANAPHORIC,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iris_are_deterministic_and_valid() {
        assert_eq!(
            article_iri("a b/ç").as_str(),
            "https://w3id.org/claimgraph/article/a%20b%2F%C3%A7"
        );
        assert_eq!(
            speaker_iri("Maria Ortiz").as_str(),
            speaker_iri("Maria Ortiz").as_str()
        );
        let m = Mention::new("x", Kind::Count, "3", 4, 5);
        assert_eq!(
            claim_iri("x", &m).as_str(),
            "https://w3id.org/claimgraph/article/x/claim/4-5-count"
        );
    }

    #[test]
    fn a_pages_address_authors_language_digest_and_capture_are_recorded() {
        use crate::model::article::{Fetched, Stated};
        let mut article = Article::new("p", "Text.");
        let stated = |value: &str, basis: &str| Stated {
            value: value.to_owned(),
            basis: basis.to_owned(),
        };
        article.meta.url = Some(stated("https://example.com/a", "link canonical"));
        article.meta.modified = Some(Stated {
            value: Date::from_ymd(2019, 11, 20).unwrap(),
            basis: "json-ld dateModified".to_owned(),
        });
        article.meta.authors = vec!["Ann Lee".to_owned(), "Bo Chen".to_owned()];
        article.meta.authors_basis = Some("json-ld author".to_owned());
        article.meta.language = Some(stated("en-GB", "html lang"));
        article.meta.raw_sha256 = Some(sha256_hex("<p>Text.</p>"));
        article.meta.fetched = Some(Fetched {
            uri: "https://example.com/a?x".to_owned(),
            date: "2019-11-21T10:00:00Z".to_owned(),
        });
        let quads = article_quads(&article, &[]);
        let has = |p: NamedNodeRef<'_>, o: &str| {
            quads
                .iter()
                .any(|q| q.predicate.as_ref() == p && q.object.to_string() == o)
        };
        assert!(has(schema::URL, "<https://example.com/a>"));
        assert!(has(
            schema::DATE_MODIFIED,
            "\"2019-11-20\"^^<http://www.w3.org/2001/XMLSchema#date>"
        ));
        assert!(has(
            schema::AUTHOR,
            "<https://w3id.org/claimgraph/author/Ann%20Lee>"
        ));
        assert!(has(schema::NAME, "\"Bo Chen\""));
        assert!(has(schema::IN_LANGUAGE, "\"en-GB\""));
        assert!(has(cg::METADATA_SOURCE, "\"authors: json-ld author\""));
        assert!(has(cg::METADATA_SOURCE, "\"url: link canonical\""));
        assert!(has(
            cg::RAW_SHA256,
            &format!("\"{}\"", sha256_hex("<p>Text.</p>"))
        ));
        assert!(has(cg::FETCHED_FROM, "<https://example.com/a?x>"));
        assert!(has(
            cg::FETCHED_AT,
            "\"2019-11-21T10:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>"
        ));
        // An address that is no IRI is left out; a date that is no xsd:dateTime stays a string.
        article.meta.url = Some(stated("https://example.com/a b", "meta og:url"));
        article.meta.fetched.as_mut().unwrap().date = "2019-11-21".to_owned();
        let quads = article_quads(&article, &[]);
        assert!(!quads.iter().any(|q| q.predicate.as_ref() == schema::URL));
        assert!(quads
            .iter()
            .any(|q| q.predicate.as_ref() == cg::FETCHED_AT
                && q.object.to_string() == "\"2019-11-21\""));
        for good in ["2019-11-21T10:00:00Z", "2019-11-21T10:00:00.5+01:00"] {
            assert!(is_date_time(good), "{good}");
        }
        for bad in [
            "2019-11-21T10:00:00",
            "2019-13-21T10:00:00Z",
            "x",
            "2019-11-21T10:00:00.Z",
        ] {
            assert!(!is_date_time(bad), "{bad}");
        }
    }

    #[test]
    fn decimals_have_no_exponent() {
        assert_eq!(decimal(40e9), "40000000000");
        assert_eq!(decimal(11.8), "11.8");
        assert_eq!(decimal(0.5), "0.5");
    }

    #[test]
    fn sha256_of_known_text() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
