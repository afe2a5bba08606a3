//! Claim extraction: an article's text in, claim mentions and diagnostics out.
//!
//! Extraction does no IO and never fails: whatever the text, it returns what it found and
//! says on the side what it could not settle. The steps follow the text: segment it
//! ([`text`]), drop page furniture, find dates first (so "Oct. 24" is not read as a count),
//! then figures, then quotations, then attribute speakers ([`people`]).

mod dates;
mod event;
mod figures;
mod language;
mod people;
mod quotes;
mod text;

use crate::model::article::Article;
use crate::model::claim::{Bound, Diagnostic, Kind, Mention};
use crate::model::lexicon::Lexicon;
use crate::model::time::Period;
use dates::DateSpec;
use text::Text;

/// The parts of an [`Article`] extraction reads, borrowed once.
#[derive(Clone, Copy)]
struct Reading<'a> {
    doc: &'a str,
    text: &'a str,
    /// The publication date (or month), which relative dates are resolved against.
    published: Option<Period>,
}

/// Mentions in text order, and diagnostics.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    pub mentions: Vec<Mention>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Quotes shorter than this many words are terms or scare quotes, not quotations.
const MIN_QUOTE_WORDS: usize = 4;

/// Extracts the claim mentions of one article.
///
/// ```
/// use claimgraph::model::claim::{Bound, Kind};
/// use claimgraph::extract::extract;
/// use claimgraph::model::article::Article;
/// use claimgraph::model::time::{Date, Period};
///
/// let text = "Acme said on Monday it had hired more than 300 engineers.";
/// let article = Article::new("acme", text).published_in(Period::day(Date::from_ymd(2021, 3, 17).unwrap()));
/// let out = extract(&article);
///
/// let hires = out.mentions.iter().find(|m| m.kind == Kind::Count).unwrap();
/// assert_eq!((hires.value, hires.bound), (Some(300.0), Some(Bound::AtLeast)));
/// assert_eq!(hires.unit.as_deref(), Some("engineers"));
/// assert_eq!(hires.speaker.as_deref(), Some("Acme"));
///
/// let monday = out.mentions.iter().find(|m| m.kind == Kind::Date).unwrap();
/// assert_eq!(monday.from.unwrap().to_string(), "2021-03-15");
/// ```
pub fn extract(article: &Article) -> Extraction {
    let article_meta = &article.meta;
    let article = Reading {
        doc: &article.id,
        text: &article.text,
        published: article.published_period(),
    };
    let lex = Lexicon::get();
    let t = Text::new(article.text, lex);
    let mut taken = vec![false; t.tokens.len()];
    let mut out = Extraction::default();

    let mut date_matches = dates::find(&t, lex, &mut taken);
    // Who published the page, by name and by address: their own posts embedded in it are
    // furniture.
    let publisher: Vec<&str> = [
        article_meta.publisher.as_deref(),
        article_meta.url.as_ref().map(|u| u.value.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    dates::drop_own_posts(&t, &mut date_matches, &publisher);
    let date_tokens = taken.clone();
    let figures = figures::find(&t, lex, &mut taken);
    let quote_spans = quotes::find(&t);
    let people = people::People::new(&t, lex, &quote_spans, &date_tokens);
    let attributed = people.attribute_quotes();
    let holding = QuotesHolding::new(&attributed);

    // Byte-offset mentions first; code points at the end, in one pass.
    // Room for every mention at once: a mention is large, and growing the vector copies them.
    let mut found: Vec<Mention> =
        Vec::with_capacity(date_matches.len() + figures.len() + attributed.len());
    let mut anchor: Option<Period> = None;
    // The last single day stated, which counts of days start from.
    let mut day_anchor: Option<Period> = None;
    // Day-precision dates stated outside quotations: (byte offset, line, day).
    let mut stated_days: Vec<(usize, usize, Period)> = Vec::new();
    let holiday_years = dates::holiday_years(&t, &date_matches, article.published);
    let post_days = dates::post_days(&t, &date_matches);
    for (h, (m, holiday_year)) in date_matches.iter().zip(holiday_years).enumerate() {
        let (start, end) = (t.tokens[m.first].start, t.tokens[m.last - 1].end);
        let mut mention = Mention::new(
            article.doc,
            Kind::Date,
            &article.text[start..end],
            start,
            end,
        );
        let in_quote = holding.first_holding(start, end);
        // An embedded post's "next month" is told from the day of the post, which its
        // signature gives at the end of its line.
        let posted = post_days
            .iter()
            .find(|&&(line, at, _)| line == t.tokens[m.first].line && at > h)
            .map(|&(_, _, day)| day);
        // A speaker's "today" is the day they spoke, when the text says which day that was.
        // Failing a day stated on its line or the one before, a quotation's own day ("today",
        // "tonight", "ten years ago today") is the last day the article told before it when
        // that day is the eve of the publication date: a report of a game or a show published
        // the morning after quotes what was said on the day ("on Sunday night ... 'tonight'").
        // Not words posted on a network, whose day the article does not give.
        let told_from_now = m.spec.is_deictic() || matches!(m.spec, DateSpec::AgoToday { .. });
        let own_day = matches!(m.spec, DateSpec::DayOffset(0) | DateSpec::AgoToday { .. });
        let reference = match (in_quote, told_from_now) {
            _ if posted.is_some() => posted,
            (Some(q), true) => stated_days
                .iter()
                .rev()
                .find(|(at, line, _)| *at < q.span.open && q.span.line.saturating_sub(1) <= *line)
                .or_else(|| {
                    if !own_day || dates::line_tells_a_post(&t, q.span.line) {
                        return None;
                    }
                    let r = article.published.filter(|r| r.from == r.to)?.from;
                    stated_days
                        .iter()
                        .rev()
                        .find(|(at, _, _)| *at < q.span.open)
                        .filter(|d| d.2.from.days_until(r) == 1)
                })
                .map(|d| d.2)
                .or(article.published),
            _ => article.published,
        };
        let counted_from = if m.spec.counts_from_day() {
            day_anchor.or(anchor)
        } else {
            anchor
        };
        let period = holiday_year.or_else(|| dates::resolve(&m.spec, reference, counted_from));
        match period {
            Some(p) => {
                mention.from = Some(p.from);
                mention.to = Some(p.to);
                mention.precision = Some(p.precision);
                if !matches!(m.spec, DateSpec::Later { .. }) {
                    anchor = Some(p);
                    if p.from == p.to {
                        day_anchor = Some(p);
                    }
                }
                if p.precision == crate::model::time::Precision::Day
                    && p.from == p.to
                    && in_quote.is_none()
                {
                    stated_days.push((start, t.line_of_offset(start), p));
                }
                if m.spec.needs_reference() {
                    mention.reference = reference.map(|r| r.from);
                }
            }
            None => out.diagnostics.push(Diagnostic {
                doc: article.doc.to_owned(),
                start: Some(start),
                message: format!(
                    "date {:?} left unresolved: {}",
                    mention.text,
                    if m.spec.needs_reference() {
                        "the publication date is unknown"
                    } else {
                        "no earlier date to count from"
                    }
                ),
            }),
        }
        mention.basis = Some(m.spec.basis());
        found.push(mention);
    }
    for f in &figures {
        let (start, end) = (t.tokens[f.first].start, t.tokens[f.last - 1].end);
        let mut mention = Mention::new(article.doc, f.kind, &article.text[start..end], start, end);
        mention.value = f.value;
        mention.low = f.low;
        mention.bound = Some(f.bound);
        mention.unit = f.unit.clone();
        mention.ambiguous = f.ambiguous;
        mention.duration = f.duration.clone();
        found.push(mention);
    }
    for q in &attributed {
        if !q.span.has_words(article.text, MIN_QUOTE_WORDS) {
            continue;
        }
        let (start, end) = (q.span.start, q.span.end);
        let mut mention = Mention::new(
            article.doc,
            Kind::Quote,
            &article.text[start..end],
            start,
            end,
        );
        mention.speaker = q.speaker.clone();
        found.push(mention);
    }

    // Speakers of figures and dates: the quote they stand in, or the sentence's attribution.
    for mention in found.iter_mut().filter(|m| m.kind != Kind::Quote) {
        let inside = holding.last_holding(mention.start, mention.end);
        mention.speaker = match inside {
            Some(q) => q.speaker.clone(),
            // When a statement was made is the article's account, not the speaker's claim.
            None if mention.kind == Kind::Date
                && (people.dates_speech_act(mention.start, mention.end)
                    || people.names_an_event(mention.start, mention.end)) =>
            {
                None
            }
            None if mention.kind == Kind::Date => people.attribution_at(mention.start),
            None => people.figure_attribution_at(mention.start),
        };
        if mention.kind == Kind::Date {
            mention.event = event::phrase(&t, mention.start, mention.end);
            mention.happening = event::happening(&t, mention.start, mention.end);
        }
        mention.subject = people.topic_at(mention.start);
        mention.measure = measure_of(&t, lex, mention);
    }
    for mention in &mut found {
        if let Some(s) = t.sentence_at(mention.start) {
            let s = t.sentences[s];
            mention.sentence = article.text[s.start..s.end.max(mention.end)].to_owned();
        }
        if mention.ambiguous {
            out.diagnostics.push(Diagnostic {
                doc: article.doc.to_owned(),
                start: Some(mention.start),
                message: format!(
                    "{:?}: a bare currency symbol, read as {} (ambiguous)",
                    mention.text,
                    mention.unit.as_deref().unwrap_or("?")
                ),
            });
        }
        if mention.bound.is_none()
            && matches!(
                mention.kind,
                Kind::Amount | Kind::Count | Kind::Percent | Kind::Ratio | Kind::Duration
            )
        {
            mention.bound = Some(Bound::Exact);
        }
    }
    // In order of offsets, mentions at the same offsets in the order found (a stable sort):
    // the offsets are sorted with each mention's index, then each mention is moved once (a
    // mention is large, and a sort of the mentions themselves moves each many times).
    let mut order: Vec<(usize, usize, usize)> = found
        .iter()
        .enumerate()
        .map(|(k, m)| (m.start, m.end, k))
        .collect();
    order.sort_unstable();
    let mut slots: Vec<Option<Mention>> = found.into_iter().map(Some).collect();
    // (Room made first: a filter's collect grows the vector, copying the large mentions.)
    let mut found: Vec<Mention> = Vec::with_capacity(order.len());
    found.extend(order.iter().filter_map(|&(_, _, k)| slots[k].take()));
    to_code_points(article.text, &mut found, &mut out.diagnostics);
    out.mentions = found;
    out
}

/// The quotations that hold a stretch of text, found without reading every quotation for every
/// mention (a transcript has thousands of both).
struct QuotesHolding<'q> {
    quotes: &'q [people::AttributedQuote],
    /// Indexes of `quotes` by where they start.
    by_start: Vec<usize>,
    /// The furthest end of the quotations up to each place in `by_start`: a walk back stops
    /// where none earlier reaches the stretch.
    reach: Vec<usize>,
}

impl<'q> QuotesHolding<'q> {
    fn new(quotes: &'q [people::AttributedQuote]) -> Self {
        let mut by_start: Vec<usize> = (0..quotes.len()).collect();
        by_start.sort_by_key(|&i| (quotes[i].span.start, i));
        let reach = by_start
            .iter()
            .scan(0, |furthest, &i| {
                *furthest = quotes[i].span.end.max(*furthest);
                Some(*furthest)
            })
            .collect();
        QuotesHolding {
            quotes,
            by_start,
            reach,
        }
    }

    /// The quotations holding bytes `start..end`, as indexes into the list, in no order.
    fn holding(&self, start: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
        let before = self
            .by_start
            .partition_point(|&i| self.quotes[i].span.start <= start);
        (0..before)
            .rev()
            .take_while(move |&k| self.reach[k] >= end)
            .map(|k| self.by_start[k])
            .filter(move |&i| end <= self.quotes[i].span.end)
    }

    /// The first quotation in the list holding `start..end` (the outer one of nested quotes).
    fn first_holding(&self, start: usize, end: usize) -> Option<&'q people::AttributedQuote> {
        self.holding(start, end).min().map(|i| &self.quotes[i])
    }

    /// The last quotation in the list holding `start..end` (the inner one of nested quotes).
    fn last_holding(&self, start: usize, end: usize) -> Option<&'q people::AttributedQuote> {
        self.holding(start, end).max().map(|i| &self.quotes[i])
    }
}

/// What a figure measures, from the measure vocabulary: a count by its counted noun (the head
/// word first), a sum of money by the words of its sentence nearest to it ("invested",
/// "revenue"), else plain money.
fn measure_of(t: &Text, lex: &Lexicon, m: &Mention) -> Option<String> {
    match m.kind {
        Kind::Count => {
            let unit = m.unit.as_deref()?.to_lowercase();
            lex.measures
                .get(&unit)
                .or_else(|| {
                    unit.split_whitespace()
                        .rev()
                        .find_map(|w| lex.measures.get(w))
                })
                .cloned()
        }
        Kind::Amount => {
            const MONEY: &str = "money";
            let s = t.sentences[t.sentence_at(m.start)?];
            let mut nearest: Option<(usize, &String)> = None;
            for k in s.tokens.0..s.tokens.1 {
                let Some(concept) = lex.measures.get(t.low(k)) else {
                    continue;
                };
                if lex.measure_broader.get(concept).map(String::as_str) != Some(MONEY) {
                    continue;
                }
                let distance = t.tokens[k].start.abs_diff(m.start);
                if nearest.is_none_or(|(d, _)| distance < d) {
                    nearest = Some((distance, concept));
                }
            }
            Some(nearest.map_or_else(|| MONEY.to_owned(), |(_, c)| c.clone()))
        }
        _ => None,
    }
}

/// Turns byte offsets into code-point offsets in one pass over the text.
fn to_code_points(text: &str, mentions: &mut [Mention], diagnostics: &mut [Diagnostic]) {
    let mut marks: Vec<usize> = mentions.iter().flat_map(|m| [m.start, m.end]).collect();
    marks.extend(diagnostics.iter().filter_map(|d| d.start));
    marks.sort_unstable();
    marks.dedup();
    let mut map = Vec::with_capacity(marks.len());
    let (mut byte, mut chars) = (0usize, 0usize);
    for &mark in &marks {
        chars += text[byte..mark].chars().count();
        byte = mark;
        map.push(chars);
    }
    let lookup = |b: usize| map[marks.binary_search(&b).unwrap_or(0)];
    for m in mentions.iter_mut() {
        m.start = lookup(m.start);
        m.end = lookup(m.end);
    }
    for d in diagnostics.iter_mut() {
        d.start = d.start.map(lookup);
    }
}

#[cfg(test)]
mod tests {
    use super::people::AttributedQuote;
    use super::quotes::QuoteSpan;
    use super::QuotesHolding;

    fn quote(start: usize, end: usize, speaker: &str) -> AttributedQuote {
        AttributedQuote {
            span: QuoteSpan {
                open: start.saturating_sub(1),
                start,
                end,
                after: end + 1,
                closed: true,
                nested: false,
                line: 0,
            },
            speaker: Some(speaker.to_owned()),
        }
    }

    #[test]
    fn the_quotations_holding_a_stretch_are_found_across_nesting_and_gaps() {
        // An outer quote (10..100) holding an inner one (20..40), then a long one far back
        // (0..5) and one after (120..200).
        let quotes = [
            quote(0, 5, "a"),
            quote(10, 100, "outer"),
            quote(20, 40, "inner"),
            quote(120, 200, "after"),
        ];
        let holding = QuotesHolding::new(&quotes);
        let speaker = |q: Option<&AttributedQuote>| q.and_then(|q| q.speaker.clone());
        assert_eq!(speaker(holding.first_holding(25, 30)), Some("outer".into()));
        assert_eq!(speaker(holding.last_holding(25, 30)), Some("inner".into()));
        assert_eq!(speaker(holding.last_holding(50, 60)), Some("outer".into()));
        // Straddling the inner quote's end: only the outer holds it.
        assert_eq!(speaker(holding.last_holding(35, 45)), Some("outer".into()));
        assert_eq!(
            speaker(holding.first_holding(150, 160)),
            Some("after".into())
        );
        assert!(holding.first_holding(105, 110).is_none());
        assert!(holding.last_holding(95, 125).is_none());
        assert!(holding.last_holding(3, 7).is_none());
    }
}
