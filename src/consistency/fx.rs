//! Dated exchange rates, kept as data: the monthly averages of the European Central Bank's euro
//! foreign exchange reference rates in `data/fx.ttl` (made by `scripts/fx_from_ecb.py`, in the
//! `cg:ExchangeRate` terms of `ontology/claimgraph.ttl`), and the rate between two currencies for
//! a date.
//!
//! Every rate in the data is per euro; a rate between two other currencies is crossed through the
//! euro for the same month. EUR is 1 by definition and is not in the data. A date's month is
//! used, or, when a currency has no fixing that month, the nearest earlier month in which both
//! currencies have one, at most [`MAX_FALLBACK_MONTHS`] back. The [`Rate`] returned says which
//! month and which source it used, so that a verdict can show it.
//!
//! ```
//! use claimgraph::consistency::fx::Rates;
//! use claimgraph::model::time::Date;
//!
//! let rate = Rates::compiled().rate("USD", "CNY", Date::from_ymd(2019, 11, 6).unwrap()).unwrap();
//! assert_eq!(rate.month, "2019-11");
//! assert!((6.9..7.2).contains(&rate.per));
//! ```

use crate::model::time::Date;
use crate::model::vocab::{cg, dcterms, rdf, xsd};
use oxigraph::io::{RdfFormat, RdfParser, RdfSyntaxError};
use oxigraph::model::{Literal, NamedOrBlankNode, Term};
use rustc_hash::FxHashMap;
use std::fmt;
use std::sync::OnceLock;

/// The exchange rates compiled into the binary.
const COMPILED: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/fx.ttl"));

/// How many months before a date's own month [`Rates::rate`] looks for a month with both rates.
pub const MAX_FALLBACK_MONTHS: i32 = 12;

/// An ISO 4217 code, upper case.
type Code = [u8; 3];

const EUR: Code = *b"EUR";

/// One currency's rate for one month.
#[derive(Clone, Copy, Debug)]
struct Monthly {
    /// `year * 12 + month - 1`.
    month: i32,
    /// Units of the currency per 1 EUR.
    per_euro: f64,
    /// How many daily fixings the average is of.
    fixings: u32,
}

/// All monthly rates of a dataset, indexed for lookup: currencies sorted by code, each with its
/// months in order.
#[derive(Clone, Default)]
pub struct Rates {
    currencies: Vec<(Code, Vec<Monthly>)>,
    /// The dataset's title, named in every [`Rate`]'s source.
    source: String,
    len: usize,
}

/// The rate between two currencies used for a date.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Rate {
    /// ISO 4217 code, upper case.
    pub from: String,
    /// ISO 4217 code, upper case.
    pub to: String,
    /// Units of `to` per 1 `from`.
    pub per: f64,
    /// The month the rate averages, "2019-11".
    pub month: String,
    /// Where the rate comes from, e.g. "ECB euro foreign exchange reference rates, monthly
    /// average of 21 fixings".
    pub source: String,
}

/// Why exchange rate data could not be read.
#[derive(Debug, thiserror::Error)]
pub enum FxError {
    /// The text is not Turtle. The message names the line and column.
    #[error("exchange rates: {source}")]
    Syntax {
        /// The line of the error, from 1, when the parser knows it.
        line: Option<u64>,
        source: RdfSyntaxError,
    },
    /// A node does not have the shape of an exchange rate or of its dataset.
    #[error("exchange rates: {subject}: {message}")]
    Shape { subject: String, message: String },
}

impl FxError {
    fn syntax(source: RdfSyntaxError) -> Self {
        FxError::Syntax {
            line: source.location().map(|l| l.start.line + 1),
            source,
        }
    }

    fn shape(subject: &str, message: impl Into<String>) -> Self {
        FxError::Shape {
            subject: subject.to_owned(),
            message: message.into(),
        }
    }
}

impl Rates {
    /// The rates of `data/fx.ttl`, compiled in and parsed once. A test checks that the file
    /// parses; should it not, this is empty rather than a panic.
    pub fn compiled() -> &'static Rates {
        static RATES: OnceLock<Rates> = OnceLock::new();
        RATES.get_or_init(|| Rates::parse(COMPILED).unwrap_or_default())
    }

    /// Reads rates from Turtle in the shape of `data/fx.ttl`: `cg:ExchangeRate` nodes with
    /// `cg:currency`, `cg:perEuro`, `cg:month` (`xsd:gYearMonth`), `cg:fixings` and
    /// `dcterms:isPartOf` one dataset that has a `dcterms:title`. Other triples are ignored.
    pub fn parse(turtle: &str) -> Result<Rates, FxError> {
        #[derive(Default)]
        struct Node {
            subject: String,
            is_rate: bool,
            /// A rate property, seen on this node.
            rate_property: Option<&'static str>,
            currency: Option<Code>,
            per_euro: Option<f64>,
            month: Option<i32>,
            fixings: Option<u32>,
            part_of: Option<String>,
            title: Option<String>,
        }

        fn set<T: PartialEq>(
            slot: &mut Option<T>,
            value: T,
            subject: &str,
            property: &str,
        ) -> Result<(), FxError> {
            match slot {
                Some(old) if *old != value => Err(FxError::shape(
                    subject,
                    format!("more than one value of {property}"),
                )),
                _ => {
                    *slot = Some(value);
                    Ok(())
                }
            }
        }

        let mut index: FxHashMap<String, usize> = FxHashMap::default();
        let mut nodes: Vec<Node> = Vec::new();
        for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(turtle) {
            let quad = quad.map_err(FxError::syntax)?;
            let subject = match &quad.subject {
                NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
                NamedOrBlankNode::BlankNode(b) => b.to_string(),
            };
            let i = *index.entry(subject).or_insert_with_key(|subject| {
                nodes.push(Node {
                    subject: subject.clone(),
                    ..Node::default()
                });
                nodes.len() - 1
            });
            let node = &mut nodes[i];
            let s = node.subject.as_str();
            let p = quad.predicate.as_ref();
            let o = &quad.object;
            if p == rdf::TYPE {
                node.is_rate |= matches!(o, Term::NamedNode(n) if n.as_ref() == cg::EXCHANGE_RATE);
            } else if p == cg::CURRENCY {
                let code = parse_code(literal(o, s, "cg:currency")?.value())
                    .filter(|c| *c != EUR)
                    .ok_or_else(|| {
                        FxError::shape(s, "cg:currency is not a three-letter code other than EUR")
                    })?;
                set(&mut node.currency, code, s, "cg:currency")?;
                node.rate_property = Some("cg:currency");
            } else if p == cg::PER_EURO {
                let l = literal(o, s, "cg:perEuro")?;
                let numeric = [xsd::DECIMAL, xsd::DOUBLE, xsd::FLOAT, xsd::INTEGER];
                let value = Some(l)
                    .filter(|l| numeric.contains(&l.datatype()))
                    .and_then(|l| l.value().parse::<f64>().ok())
                    .filter(|v| v.is_finite() && *v > 0.0)
                    .ok_or_else(|| FxError::shape(s, "cg:perEuro is not a positive number"))?;
                set(&mut node.per_euro, value, s, "cg:perEuro")?;
                node.rate_property = Some("cg:perEuro");
            } else if p == cg::MONTH_OF_RATE {
                let l = literal(o, s, "cg:month")?;
                let month = Some(l)
                    .filter(|l| l.datatype() == xsd::G_YEAR_MONTH)
                    .and_then(|l| parse_month(l.value()))
                    .ok_or_else(|| FxError::shape(s, "cg:month is not an xsd:gYearMonth"))?;
                set(&mut node.month, month, s, "cg:month")?;
                node.rate_property = Some("cg:month");
            } else if p == cg::FIXINGS {
                let l = literal(o, s, "cg:fixings")?;
                let integers = [
                    xsd::INTEGER,
                    xsd::NON_NEGATIVE_INTEGER,
                    xsd::POSITIVE_INTEGER,
                ];
                let fixings = Some(l)
                    .filter(|l| integers.contains(&l.datatype()))
                    .and_then(|l| l.value().parse::<u32>().ok())
                    .filter(|n| *n > 0)
                    .ok_or_else(|| FxError::shape(s, "cg:fixings is not a positive integer"))?;
                set(&mut node.fixings, fixings, s, "cg:fixings")?;
                node.rate_property = Some("cg:fixings");
            } else if p == dcterms::IS_PART_OF {
                let Term::NamedNode(dataset) = o else {
                    return Err(FxError::shape(s, "dcterms:isPartOf is not an IRI"));
                };
                set(
                    &mut node.part_of,
                    dataset.as_str().to_owned(),
                    s,
                    "dcterms:isPartOf",
                )?;
            } else if p == dcterms::TITLE {
                let title = literal(o, s, "dcterms:title")?.value().to_owned();
                set(&mut node.title, title, s, "dcterms:title")?;
            }
        }

        let mut dataset: Option<&str> = None;
        let mut by_code: FxHashMap<Code, Vec<Monthly>> = FxHashMap::default();
        let mut len = 0;
        for node in &nodes {
            let s = node.subject.as_str();
            if !node.is_rate {
                if let Some(property) = node.rate_property {
                    return Err(FxError::shape(
                        s,
                        format!("has {property} but is not a cg:ExchangeRate"),
                    ));
                }
                continue;
            }
            let missing = |property: &str| FxError::shape(s, format!("has no {property}"));
            let code = node.currency.ok_or_else(|| missing("cg:currency"))?;
            let monthly = Monthly {
                month: node.month.ok_or_else(|| missing("cg:month"))?,
                per_euro: node.per_euro.ok_or_else(|| missing("cg:perEuro"))?,
                fixings: node.fixings.ok_or_else(|| missing("cg:fixings"))?,
            };
            let part_of = node
                .part_of
                .as_deref()
                .ok_or_else(|| missing("dcterms:isPartOf"))?;
            match dataset {
                None => dataset = Some(part_of),
                Some(d) if d != part_of => {
                    return Err(FxError::shape(
                        s,
                        format!("is part of {part_of}, where other rates are part of {d}"),
                    ))
                }
                Some(_) => {}
            }
            by_code.entry(code).or_default().push(monthly);
            len += 1;
        }

        let source = match dataset {
            None => String::new(),
            Some(d) => index
                .get(d)
                .and_then(|&i| nodes[i].title.clone())
                .ok_or_else(|| {
                    FxError::shape(d, "the dataset of the rates has no dcterms:title")
                })?,
        };
        let mut currencies: Vec<(Code, Vec<Monthly>)> = by_code.into_iter().collect();
        currencies.sort_unstable_by_key(|(code, _)| *code);
        for (code, series) in &mut currencies {
            series.sort_unstable_by_key(|m| m.month);
            if let Some(w) = series.windows(2).find(|w| w[0].month == w[1].month) {
                return Err(FxError::shape(
                    &format!("{} {}", code_str(*code), month_str(w[0].month)),
                    "two rates for the same currency and month",
                ));
            }
        }
        Ok(Rates {
            currencies,
            source,
            len,
        })
    }

    /// The rate from `from` to `to` (ISO 4217 codes, any case) for the month of `on`, or the
    /// nearest earlier month that has both; `None` if a currency is unknown or no month at or
    /// before `on` (within [`MAX_FALLBACK_MONTHS`]) has both. A currency to itself is 1 for any
    /// date.
    pub fn rate(&self, from: &str, to: &str, on: Date) -> Option<Rate> {
        let (f, t) = (parse_code(from)?, parse_code(to)?);
        let (from_side, to_side) = (self.side(f)?, self.side(t)?);
        let (year, month, _) = on.ymd();
        let target = year * 12 + month as i32 - 1;
        let floor = target - MAX_FALLBACK_MONTHS;
        let rate = |per: f64, month: i32, source: String| Rate {
            from: code_str(f),
            to: code_str(t),
            per,
            month: month_str(month),
            source,
        };
        if f == t {
            return Some(rate(1.0, target, "the same currency".to_owned()));
        }
        match (from_side, to_side) {
            (None, Some(series)) => {
                let m = at_or_before(series, target).filter(|m| m.month >= floor)?;
                Some(rate(m.per_euro, m.month, self.single(m)))
            }
            (Some(series), None) => {
                let m = at_or_before(series, target).filter(|m| m.month >= floor)?;
                Some(rate(1.0 / m.per_euro, m.month, self.single(m)))
            }
            (Some(a), Some(b)) => {
                let mut month = target;
                loop {
                    let ma = at_or_before(a, month).filter(|m| m.month >= floor)?;
                    let mb = at_or_before(b, month).filter(|m| m.month >= floor)?;
                    if ma.month == mb.month {
                        let source = format!(
                            "{}, monthly averages of {} {} and {} {} fixings, crossed through EUR",
                            self.source,
                            ma.fixings,
                            code_str(f),
                            mb.fixings,
                            code_str(t)
                        );
                        return Some(rate(mb.per_euro / ma.per_euro, ma.month, source));
                    }
                    month = ma.month.min(mb.month);
                }
            }
            // Both EUR: handled as the same currency above.
            (None, None) => Some(rate(1.0, target, "the same currency".to_owned())),
        }
    }

    /// How many monthly rates there are (over all currencies).
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// `Some(None)` for EUR, `Some(Some(series))` for a currency in the data, `None` otherwise.
    fn side(&self, code: Code) -> Option<Option<&[Monthly]>> {
        if code == EUR {
            return Some(None);
        }
        let i = self
            .currencies
            .binary_search_by_key(&code, |(c, _)| *c)
            .ok()?;
        Some(Some(&self.currencies[i].1))
    }

    fn single(&self, m: &Monthly) -> String {
        let plural = if m.fixings == 1 { "" } else { "s" };
        format!(
            "{}, monthly average of {} fixing{plural}",
            self.source, m.fixings
        )
    }
}

impl fmt::Debug for Rates {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rates")
            .field("source", &self.source)
            .field("currencies", &self.currencies.len())
            .field("len", &self.len)
            .finish()
    }
}

impl fmt::Display for Rate {
    /// "1 USD = 7.01938 CNY (2019-11; ECB euro foreign exchange reference rates, ...)".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "1 {} = {} {} ({}; {})",
            self.from,
            significant(self.per, 6),
            self.to,
            self.month,
            self.source
        )
    }
}

/// The last entry of `series` at or before `month`.
fn at_or_before(series: &[Monthly], month: i32) -> Option<&Monthly> {
    let i = series.partition_point(|m| m.month <= month);
    i.checked_sub(1).map(|i| &series[i])
}

fn literal<'a>(term: &'a Term, subject: &str, property: &str) -> Result<&'a Literal, FxError> {
    match term {
        Term::Literal(l) => Ok(l),
        _ => Err(FxError::shape(
            subject,
            format!("{property} is not a literal"),
        )),
    }
}

/// Three ASCII letters, in any case.
fn parse_code(s: &str) -> Option<Code> {
    let b: [u8; 3] = s.as_bytes().try_into().ok()?;
    let code = b.map(|c| c.to_ascii_uppercase());
    code.iter().all(u8::is_ascii_uppercase).then_some(code)
}

fn code_str(code: Code) -> String {
    code.iter().map(|&b| char::from(b)).collect()
}

/// "2019-11" to `2019 * 12 + 10`.
fn parse_month(s: &str) -> Option<i32> {
    let (y, m) = s.split_once('-')?;
    if y.len() != 4 || m.len() != 2 || !(y.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, m): (i32, i32) = (y.parse().ok()?, m.parse().ok()?);
    (1..=12).contains(&m).then_some(y * 12 + m - 1)
}

fn month_str(month: i32) -> String {
    format!(
        "{:04}-{:02}",
        month.div_euclid(12),
        month.rem_euclid(12) + 1
    )
}

/// `x` with `digits` significant digits, without trailing zeros.
fn significant(x: f64, digits: i32) -> String {
    if x == 0.0 || !x.is_finite() {
        return x.to_string();
    }
    let magnitude = x.abs().log10().floor() as i32;
    let decimals = (digits - 1 - magnitude).max(0) as usize;
    let s = format!("{x:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).unwrap()
    }

    const SMALL: &str = r#"
@prefix cg: <https://w3id.org/claimgraph#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@base <https://example.org/fx/> .
<ds> dct:title "Test rates" .
<USD/2020-01> a cg:ExchangeRate; cg:currency "USD"; cg:month "2020-01"^^xsd:gYearMonth; cg:perEuro 1.1; cg:fixings 20; dct:isPartOf <ds> .
<USD/2020-03> a cg:ExchangeRate; cg:currency "USD"; cg:month "2020-03"^^xsd:gYearMonth; cg:perEuro 1.2; cg:fixings 22; dct:isPartOf <ds> .
<CNY/2020-01> a cg:ExchangeRate; cg:currency "CNY"; cg:month "2020-01"^^xsd:gYearMonth; cg:perEuro 7.7; cg:fixings 20; dct:isPartOf <ds> .
<CNY/2020-02> a cg:ExchangeRate; cg:currency "CNY"; cg:month "2020-02"^^xsd:gYearMonth; cg:perEuro 7.8; cg:fixings 19; dct:isPartOf <ds> .
<CNY/2020-03> a cg:ExchangeRate; cg:currency "CNY"; cg:month "2020-03"^^xsd:gYearMonth; cg:perEuro 8.4; cg:fixings 1; dct:isPartOf <ds> .
"#;

    #[test]
    fn compiled_data_parses_and_is_not_empty() {
        let rates = Rates::parse(COMPILED).expect("data/fx.ttl parses");
        assert!(rates.len() > 10_000, "{rates:?}");
        assert!(rates.currencies.len() >= 30, "{rates:?}");
        assert_eq!(rates.source, "ECB euro foreign exchange reference rates");
        assert_eq!(Rates::compiled().len(), rates.len());
        assert!(!Rates::compiled().is_empty());
    }

    #[test]
    fn usd_to_cny_in_november_2019() {
        let rate = Rates::compiled()
            .rate("USD", "CNY", day(2019, 11, 6))
            .unwrap();
        assert_eq!((rate.from.as_str(), rate.to.as_str()), ("USD", "CNY"));
        assert_eq!(rate.month, "2019-11");
        assert!((6.9..7.2).contains(&rate.per), "{rate}");
        assert!(rate.source.starts_with("ECB euro"), "{rate}");
        assert!(rate.source.contains("crossed through EUR"), "{rate}");
        // The other way is the inverse.
        let back = Rates::compiled()
            .rate("cny", "usd", day(2019, 11, 30))
            .unwrap();
        assert!((rate.per * back.per - 1.0).abs() < 1e-12, "{back}");
    }

    #[test]
    fn euro_is_one_and_rates_against_it_are_direct() {
        let rates = Rates::compiled();
        let eur = rates.rate("EUR", "EUR", day(2019, 11, 6)).unwrap();
        assert_eq!(eur.per, 1.0);
        assert_eq!(eur.month, "2019-11");
        let usd = rates.rate("EUR", "USD", day(2019, 11, 6)).unwrap();
        assert!((1.09..1.12).contains(&usd.per), "{usd}");
        assert!(
            usd.source.ends_with("monthly average of 21 fixings"),
            "{usd}"
        );
        let inverse = rates.rate("USD", "EUR", day(2019, 11, 6)).unwrap();
        assert!((usd.per * inverse.per - 1.0).abs() < 1e-12);
        assert_eq!(rates.rate("USD", "USD", day(2019, 11, 6)).unwrap().per, 1.0);
    }

    #[test]
    fn unknown_currencies_give_none() {
        let rates = Rates::compiled();
        for code in ["XYZ", "US", "USDX", "", "EU1", "ÉUR"] {
            assert_eq!(rates.rate(code, "USD", day(2019, 11, 6)), None, "{code}");
            assert_eq!(rates.rate("EUR", code, day(2019, 11, 6)), None, "{code}");
        }
    }

    #[test]
    fn dates_before_the_data_give_none() {
        let rates = Rates::compiled();
        assert_eq!(rates.rate("EUR", "USD", day(1998, 12, 31)), None);
        assert_eq!(rates.rate("USD", "JPY", day(1990, 6, 1)), None);
        assert!(rates.rate("USD", "JPY", day(1999, 1, 4)).is_some());
        // The yuan's series starts in 2005.
        assert_eq!(rates.rate("USD", "CNY", day(2004, 6, 1)), None);
    }

    #[test]
    fn a_missing_month_falls_back_to_an_earlier_one() {
        // The ECB stopped fixing the Icelandic krona in December 2008 and resumed in 2018.
        let rates = Rates::compiled();
        let isk = rates.rate("EUR", "ISK", day(2009, 1, 15)).unwrap();
        assert_eq!(isk.month, "2008-12");
        assert_eq!(rates.rate("EUR", "ISK", day(2010, 1, 15)), None);

        let small = Rates::parse(SMALL).unwrap();
        assert_eq!(small.len(), 5);
        // USD has no February: both fall back to January.
        let r = small.rate("USD", "CNY", day(2020, 2, 10)).unwrap();
        assert_eq!(r.month, "2020-01");
        assert!((r.per - 7.0).abs() < 1e-9, "{r}");
        assert_eq!(
            r.source,
            "Test rates, monthly averages of 20 USD and 20 CNY fixings, crossed through EUR"
        );
        // CNY alone has February.
        let r = small.rate("EUR", "CNY", day(2020, 2, 29)).unwrap();
        assert_eq!((r.month.as_str(), r.per), ("2020-02", 7.8));
        assert_eq!(r.source, "Test rates, monthly average of 19 fixings");
        assert_eq!(
            small.rate("EUR", "CNY", day(2020, 3, 1)).unwrap().source,
            "Test rates, monthly average of 1 fixing"
        );
        // Up to 12 months back, not more.
        assert_eq!(
            small.rate("USD", "CNY", day(2021, 3, 31)).unwrap().month,
            "2020-03"
        );
        assert_eq!(small.rate("USD", "CNY", day(2021, 4, 1)), None);
        assert_eq!(small.rate("USD", "CNY", day(2019, 12, 31)), None);
        assert_eq!(small.rate("EUR", "GBP", day(2020, 1, 1)), None);
    }

    #[test]
    fn malformed_turtle_names_the_line() {
        let bad = "@prefix cg: <https://w3id.org/claimgraph#> .\n\n<a> cg:perEuro 1.5 ;; .\n";
        let err = Rates::parse(bad).unwrap_err();
        assert!(
            matches!(err, FxError::Syntax { line: Some(3), .. }),
            "{err:?}"
        );
        assert!(err.to_string().contains("line 3"), "{err}");
    }

    #[test]
    fn rates_of_the_wrong_shape_are_refused() {
        let head = "@prefix cg: <https://w3id.org/claimgraph#> .\n\
                    @prefix dct: <http://purl.org/dc/terms/> .\n\
                    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\
                    <ds> dct:title \"T\" .\n";
        let cases = [
            ("<r> a cg:ExchangeRate; cg:currency \"USD\"; cg:month \"2020-01\"^^xsd:gYearMonth; cg:fixings 3; dct:isPartOf <ds> .", "has no cg:perEuro"),
            ("<r> a cg:ExchangeRate; cg:currency \"EUR\"; cg:month \"2020-01\"^^xsd:gYearMonth; cg:perEuro 1.0; cg:fixings 3; dct:isPartOf <ds> .", "other than EUR"),
            ("<r> a cg:ExchangeRate; cg:currency \"USD\"; cg:month \"2020-13\"^^xsd:gYearMonth; cg:perEuro 1.0; cg:fixings 3; dct:isPartOf <ds> .", "gYearMonth"),
            ("<r> a cg:ExchangeRate; cg:currency \"USD\"; cg:month \"2020-01\"^^xsd:gYearMonth; cg:perEuro \"-1\"^^xsd:decimal; cg:fixings 3; dct:isPartOf <ds> .", "positive number"),
            ("<r> cg:perEuro 1.5 .", "not a cg:ExchangeRate"),
            ("<r> a cg:ExchangeRate; cg:currency \"USD\", \"GBP\" .", "more than one value"),
            ("<r> a cg:ExchangeRate; cg:currency \"USD\"; cg:month \"2020-01\"^^xsd:gYearMonth; cg:perEuro 1.0; cg:fixings 3; dct:isPartOf <nowhere> .", "no dcterms:title"),
            ("<r> a cg:ExchangeRate; cg:currency \"USD\"; cg:month \"2020-01\"^^xsd:gYearMonth; cg:perEuro 1.0; cg:fixings 3; dct:isPartOf <ds> .\n\
              <s> a cg:ExchangeRate; cg:currency \"USD\"; cg:month \"2020-01\"^^xsd:gYearMonth; cg:perEuro 1.1; cg:fixings 3; dct:isPartOf <ds> .", "two rates for the same currency and month"),
        ];
        for (body, expected) in cases {
            let text = format!("@base <https://example.org/> .\n{head}{body}\n");
            let err = Rates::parse(&text).unwrap_err();
            assert!(matches!(err, FxError::Shape { .. }), "{body}: {err:?}");
            assert!(err.to_string().contains(expected), "{body}: {err}");
        }
        assert!(Rates::parse("").unwrap().is_empty());
    }

    #[test]
    fn display_shows_the_rate_month_and_source() {
        let small = Rates::parse(SMALL).unwrap();
        let r = small.rate("USD", "CNY", day(2020, 1, 10)).unwrap();
        assert_eq!(
            r.to_string(),
            "1 USD = 7 CNY (2020-01; Test rates, monthly averages of 20 USD and 20 CNY fixings, crossed through EUR)"
        );
        assert_eq!(significant(7.019384, 6), "7.01938");
        assert_eq!(significant(1698260.4, 6), "1698260");
        assert_eq!(significant(0.000123456789, 6), "0.000123457");
    }
}
