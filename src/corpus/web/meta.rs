//! What a page says about itself: its headline and its publication date, each from the most
//! trusted place that has one. For the date: the JSON-LD `datePublished`, OpenGraph's
//! `article:published_time`, the other `<meta>` names content systems and metadata standards
//! use, a `<time datetime>` (marked as the publication time first), then a date in the path of
//! the canonical URL. The date is the day written (`2019-11-19T02:46:42Z` is November 19),
//! without moving it to another time zone.

use super::super::head;
use super::dates::{self, Holder, Order};
use super::dom::{collapse, Dom};
use super::jsonld::JsonLd;
use crate::model::time::Date;

/// A publication date found in a page, with where it was read (`field`: `json-ld
/// datePublished`, `meta article:published_time`, `time datetime`, `canonical url`) and the
/// value as written there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PageDate {
    pub date: Date,
    pub field: String,
    pub value: String,
}

/// `<meta>` names and properties (lower case) that give the publication time, most trusted
/// first: OpenGraph's article vocabulary, schema.org microdata, then those of content systems
/// (Parse.ly, Sailthru), Dublin Core and plain names. General web vocabulary.
const PUBLISHED_META: [&str; 20] = [
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "published-date",
    "article_date_original",
    "date",
];

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A headline longer than this (in characters) is not one.
const MAX_TITLE_CHARS: usize = 300;

/// The page's headline: the JSON-LD `headline`, else `og:title`, else the `<title>`.
pub(super) fn title(dom: &Dom, json: &JsonLd) -> Option<Found<String>> {
    let og = dom
        .meta
        .iter()
        .find(|(key, _)| key == "og:title")
        .map(|(_, v)| v.as_str());
    [
        (json.headline.as_deref(), "json-ld headline"),
        (og, "meta og:title"),
        (dom.title.as_deref(), "title"),
    ]
    .into_iter()
    .filter_map(|(t, field)| Some((collapse(t?), field.to_owned())))
    .find(|(t, _)| !t.is_empty() && t.chars().count() <= MAX_TITLE_CHARS)
}

/// The page's publisher: the JSON-LD `publisher`'s `name`, else OpenGraph's `og:site_name`.
pub(super) fn publisher(dom: &Dom, json: &JsonLd) -> Option<Found<String>> {
    let og = dom
        .meta
        .iter()
        .find(|(key, _)| key == "og:site_name")
        .map(|(_, v)| v.as_str());
    [
        (json.publisher.as_deref(), "json-ld publisher"),
        (og, "meta og:site_name"),
    ]
    .into_iter()
    .filter_map(|(p, field)| Some((collapse(p?), field.to_owned())))
    .find(|(p, _)| !p.is_empty() && p.chars().count() <= MAX_TITLE_CHARS)
}

/// `<meta>` names and properties (lower case) that give the time of the last change, most
/// trusted first. General web vocabulary.
const MODIFIED_META: [&str; 10] = [
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "datemodified",
    "article:modified",
    "last-modified",
    "dcterms.modified",
    "dc.date.modified",
    "modified_time",
    "lastmod",
];

/// `<meta>` names and properties (lower case) that give the authors, most trusted first.
const AUTHOR_META: [&str; 7] = [
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
];

/// `<meta>` names and properties (lower case) that give the language.
const LANGUAGE_META: [&str; 4] = ["og:locale", "content-language", "language", "dc.language"];

/// A value with the place it was read from.
pub(crate) type Found<T> = (T, String);

/// When the page says it was last changed: the JSON-LD `dateModified`, then the `<meta>` of
/// [`MODIFIED_META`]; the day written, as for the publication date.
pub(super) fn modified(dom: &Dom, json: &JsonLd) -> Option<Found<Date>> {
    if let Some(date) = json.date_modified.as_deref().and_then(parse_date) {
        return Some((date, "json-ld dateModified".into()));
    }
    MODIFIED_META.iter().find_map(|name| {
        dom.meta
            .iter()
            .filter(|(key, _)| key == name)
            .find_map(|(_, value)| parse_date(value))
            .map(|date| (date, format!("meta {name}")))
    })
}

/// The authors' names: the JSON-LD `author`s, else the first `<meta>` of [`AUTHOR_META`] that
/// names someone (not an address: `article:author` is often a profile's URL). A value may name
/// several (`A, B and C`); "By " before them is left out.
pub(super) fn authors(dom: &Dom, json: &JsonLd) -> Option<Found<Vec<String>>> {
    let names = |values: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for value in values {
            for name in split_names(value) {
                if !names.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
                    names.push(name);
                }
            }
        }
        names
    };
    let from_json = names(&mut json.authors.iter().map(String::as_str));
    if !from_json.is_empty() {
        return Some((from_json, "json-ld author".into()));
    }
    AUTHOR_META.iter().find_map(|name| {
        let mut values = dom
            .meta
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, v)| v.as_str());
        let found = names(&mut values);
        (!found.is_empty()).then(|| (found, format!("meta {name}")))
    })
}

/// Words that make a part of an author value a job title, not a name ("Jane Roe, Staff
/// Writer"). General English vocabulary of bylines.
const ROLE_WORDS: [&str; 9] = [
    "writer",
    "editor",
    "correspondent",
    "reporter",
    "columnist",
    "contributor",
    "producer",
    "photographer",
    "analyst",
];

/// The names in one author value: split at `;`, `|`, ` and `, ` & ` and at commas, each
/// trimmed, without a leading "By", kept when it has a letter, is no address and is not too
/// long for a name. After a comma, a part of one word ("MS", "Jr.", "PhD") or with a job's
/// word ("AP National Security Writer") is the name's credential, not a name.
fn split_names(value: &str) -> Vec<String> {
    let value = collapse(value);
    let value = value
        .strip_prefix("By ")
        .or_else(|| value.strip_prefix("by "))
        .or_else(|| value.strip_prefix("BY "))
        .unwrap_or(&value);
    let mut names = Vec::new();
    for part in value.split([';', '|']) {
        for name in part.split(" and ").flat_map(|p| p.split(" & ")) {
            for (i, name) in name.split(',').enumerate() {
                let name = name.trim();
                let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
                let credential = i > 0
                    && (words.len() < 2
                        || words
                            .iter()
                            .any(|w| ROLE_WORDS.iter().any(|r| w.starts_with(r))));
                let address =
                    name.contains("://") || name.starts_with("www.") || name.contains('@');
                if !address
                    && !credential
                    && name.chars().any(char::is_alphabetic)
                    && name.chars().count() <= 80
                {
                    names.push(name.to_owned());
                }
            }
        }
    }
    names
}

/// The page's language: the `<html lang>`, else the JSON-LD `inLanguage`, else the `<meta>` of
/// [`LANGUAGE_META`]; as written, trimmed, with `_` as `-` (`en_US` → `en-US`). A value that is
/// not a language tag (letters, digits and hyphens, a letter first, at most 35 characters) is
/// passed over.
pub(super) fn language(dom: &Dom, json: &JsonLd) -> Option<Found<String>> {
    let tag = |value: &str| -> Option<String> {
        let value = value.trim().replace('_', "-");
        let ok = value.len() <= 35
            && value.starts_with(|c: char| c.is_ascii_alphabetic())
            && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        ok.then_some(value)
    };
    if let Some(lang) = dom.lang.as_deref().and_then(tag) {
        return Some((lang, "html lang".into()));
    }
    if let Some(lang) = json.language.as_deref().and_then(tag) {
        return Some((lang, "json-ld inLanguage".into()));
    }
    LANGUAGE_META.iter().find_map(|name| {
        dom.meta
            .iter()
            .filter(|(key, _)| key == name)
            .find_map(|(_, value)| tag(value))
            .map(|lang| (lang, format!("meta {name}")))
    })
}

/// The page's own address: `<link rel="canonical">`, else `og:url`, else the JSON-LD article's
/// `url` or `mainEntityOfPage`. Only an absolute `http(s)` address counts; a canonical link
/// relative to the site (`/news/story`) is made absolute with the host of the next address
/// found.
pub(super) fn url(dom: &Dom, json: &JsonLd) -> Option<Found<String>> {
    let og_url = dom
        .meta
        .iter()
        .find(|(key, _)| key == "og:url")
        .map(|(_, v)| v.trim());
    let places = [
        (dom.canonical.as_deref().map(str::trim), "link canonical"),
        (og_url, "meta og:url"),
        (json.url.as_deref().map(str::trim), "json-ld url"),
    ];
    let absolute = |url: &str| {
        let lower = url.to_ascii_lowercase();
        (lower.starts_with("http://") || lower.starts_with("https://"))
            && url.len() > "https://".len()
            && !url.contains(char::is_whitespace)
    };
    let origin = places
        .iter()
        .filter_map(|(url, _)| *url)
        .find(|url| absolute(url))
        .and_then(|url| {
            let scheme_end = url.find("://")? + 3;
            let host_end = url[scheme_end..]
                .find('/')
                .map_or(url.len(), |i| scheme_end + i);
            Some(&url[..host_end])
        });
    for (url, field) in places {
        let Some(url) = url else { continue };
        if absolute(url) {
            return Some((url.to_owned(), field.to_owned()));
        }
        if let (Some(origin), true) = (origin, url.starts_with('/') && !url.starts_with("//")) {
            if !url.contains(char::is_whitespace) {
                return Some((format!("{origin}{url}"), field.to_owned()));
            }
        }
    }
    None
}

/// The page's publication date, from the most trusted place that has one (see
/// [`candidates`]). A timestamp in UTC gives way to a date the page writes as its own local
/// day (a date in words, a byline, a date with its offset, the canonical URL's path) when that
/// is a day after or before it: an evening story in America is dated the next day in UTC.
pub(super) fn published(dom: &Dom, json: &JsonLd) -> Option<PageDate> {
    let order = Order::of_language(language(dom, json).as_ref().map(|(l, _)| l.as_str()));
    let found = candidates(dom, json, order, true).into_iter().next()?;
    if in_utc(&found.value) {
        let local = candidates(dom, json, order, false)
            .into_iter()
            .find(|c| states_local(&c.value) && c.date.days_until(found.date).abs() == 1);
        if let Some(local) = local {
            return Some(local);
        }
    }
    Some(found)
}

/// The canonical URL, then `og:url`.
fn canonical_urls(dom: &Dom) -> impl Iterator<Item = &str> {
    let og_url = dom
        .meta
        .iter()
        .find(|(key, _)| key == "og:url")
        .map(|(_, v)| v.as_str());
    [dom.canonical.as_deref(), og_url].into_iter().flatten()
}

/// A value longer than this (in bytes) is searched for a date only at its start.
const MAX_DATE_VALUE: usize = 200;

/// The publication dates a page states, most trusted first: the JSON-LD `datePublished`, the
/// `<meta>` of [`PUBLISHED_META`] and other names for it, an element marked
/// `itemprop="datePublished"` by its text, a form field named for it, a `<time datetime>`
/// (marked as the publication time first; not one of a comment or a teaser), a date in the path
/// of the canonical URL, a byline's date, then a date after a label in the text. Only the first
/// when `first`.
fn candidates(dom: &Dom, json: &JsonLd, order: Order, first: bool) -> Vec<PageDate> {
    let mut out = Vec::new();
    let found = |field: String, value: &str| {
        let date = parse_date(value).or_else(|| {
            (value.len() <= MAX_DATE_VALUE)
                .then(|| dates::find_date(value, order).map(|w| w.date))
                .flatten()
        });
        date.map(|date| PageDate {
            date,
            field,
            value: value.trim().to_owned(),
        })
    };
    macro_rules! push {
        ($date:expr) => {
            if let Some(date) = $date {
                out.push(date);
                if first {
                    return out;
                }
            }
        };
    }
    if let Some(value) = json.date_published.as_deref() {
        push!(found("json-ld datePublished".into(), value));
    }
    for name in PUBLISHED_META {
        for (key, value) in &dom.meta {
            if key == name {
                push!(found(format!("meta {name}"), value));
            }
        }
    }
    // Other names content systems give the publication date (`sn-post-date`, `pub-date`).
    for (key, value) in &dom.meta {
        let dated =
            key.contains("publish") || key.contains("pub-date") || key.ends_with("post-date");
        let known = PUBLISHED_META.contains(&key.as_str());
        if dated && !known && !["modif", "updat", "expir"].iter().any(|w| key.contains(w)) {
            push!(found(format!("meta {key}"), value));
        }
    }
    for value in &dom.item_dates {
        push!(found("itemprop datePublished".into(), value));
    }
    for (name, value) in &dom.date_inputs {
        push!(found(format!("input {name}"), value));
    }
    let held_by = |h: &Option<usize>| h.map_or(Holder::Own, |h| dates::holder(dom, h));
    let marked = dom.times.iter().filter(|(_, published, _)| *published);
    let unmarked = dom
        .times
        .iter()
        .filter(|(_, published, h)| !*published && held_by(h) == Holder::Own);
    for (value, _, _) in marked.chain(unmarked) {
        push!(parse_date(value).map(|date| PageDate {
            date,
            field: "time datetime".into(),
            value: value.trim().to_owned(),
        }));
    }
    for url in canonical_urls(dom) {
        push!(date_in_path(url).map(|date| PageDate {
            date,
            field: "canonical url".into(),
            value: url.to_owned(),
        }));
    }
    let title = title(dom, json);
    push!(
        dates::byline_date(dom, order, title.as_ref().map(|t| t.0.as_str())).map(
            |(date, value)| PageDate {
                date,
                field: "byline date".into(),
                value,
            }
        )
    );
    push!(
        dates::labelled_date(dom, order).map(|(date, value)| PageDate {
            date,
            field: "labelled date".into(),
            value,
        })
    );
    // The last change's time: the article was published no later.
    for (value, _, h) in &dom.times {
        if held_by(h) == Holder::Updated {
            push!(parse_date(value).map(|date| PageDate {
                date,
                field: "time datetime (updated)".into(),
                value: value.trim().to_owned(),
            }));
        }
    }
    out
}

/// Whether a value states the publisher's local day: not a timestamp in UTC, nor one without a
/// time zone (`2019-11-20T09:42:20`, which may be either). A date alone, a date in words, a
/// timestamp with its offset and an address do.
fn states_local(value: &str) -> bool {
    let value = value.trim();
    if in_utc(value) {
        return false;
    }
    let b = value.as_bytes();
    let zoneless = b.len() >= 16
        && numeric_date(value).is_some()
        && matches!(b[10], b'T' | b' ')
        && value[11..]
            .bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b':' | b'.'));
    !zoneless
}

/// The date at the start of `value`: `YYYY-MM-DD` or `YYYY/MM/DD`, then anything (a time);
/// else a date in words as datelines write it (`November 19, 2019, 07:47 PM EST`, `Tue Nov 19
/// 2019`, `19 Nov 2019 07:09 GMT`).
fn parse_date(value: &str) -> Option<Date> {
    let value = value.trim();
    numeric_date(value).or_else(|| {
        let (date, _) = head::parse_date(value)?;
        (1990..=2100).contains(&date.year()).then_some(date)
    })
}

/// Whether a timestamp is written in UTC (`Z`, `+00:00`), which may not be the publisher's day.
fn in_utc(value: &str) -> bool {
    let value = value.trim();
    value.len() > 10
        && (value.ends_with('Z') || value.ends_with("+00:00") || value.ends_with("+0000"))
}

fn numeric_date(value: &str) -> Option<Date> {
    let head = value.get(..10)?;
    let bytes = head.as_bytes();
    let separator = bytes[4];
    if !matches!(separator, b'-' | b'/') || bytes[7] != separator {
        return None;
    }
    if value.as_bytes().get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = head.get(r)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let year = digits(0..4)?;
    let date = Date::from_ymd(year as i32, digits(5..7)?, digits(8..10)?)?;
    (1990..=2100).contains(&year).then_some(date)
}

/// A date written as path segments of a URL (`/2019/11/19/`), or as one segment
/// (`/2019-11-19/`, `/news-2019-11-19`).
fn date_in_path(url: &str) -> Option<Date> {
    let path = url.split(['?', '#']).next()?;
    let path = path.split_once("://").map_or(path, |(_, rest)| rest);
    let segments: Vec<&str> = path.split('/').collect();
    for window in segments.windows(3) {
        let numbers: Option<Vec<u32>> = window.iter().map(|s| s.parse().ok()).collect();
        if let Some(n) = numbers {
            if window[0].len() == 4 && window[1].len() <= 2 && window[2].len() <= 2 {
                if let Some(date) = Date::from_ymd(n[0] as i32, n[1], n[2]) {
                    if (1990..=2100).contains(&n[0]) {
                        return Some(date);
                    }
                }
            }
        }
    }
    // `/2019/nov/18/`: a month's name or abbreviation between the year and the day.
    for window in segments.windows(3) {
        let year: Option<i32> = window[0].parse().ok().filter(|_| window[0].len() == 4);
        let month = MONTHS.iter().position(|m| {
            window[1].eq_ignore_ascii_case(m) || window[1].eq_ignore_ascii_case(&m[..3])
        });
        let day: Option<u32> = window[2].parse().ok().filter(|_| window[2].len() <= 2);
        if let (Some(year), Some(month), Some(day)) = (year, month, day) {
            if let Some(date) = Date::from_ymd(year, month as u32 + 1, day) {
                if (1990..=2100).contains(&year) {
                    return Some(date);
                }
            }
        }
    }
    // `-20191115/` at the end of a segment: eight digits, a year first.
    for segment in &segments {
        let digits: String = segment
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect();
        let before = segment.len() - digits.len();
        if digits.len() == 8 && before > 0 && segment[..before].ends_with(['-', '_']) {
            let digits: String = digits.chars().rev().collect();
            let date = format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..]);
            if let Some(date) = numeric_date(&date) {
                return Some(date);
            }
        }
    }
    for segment in segments {
        for (i, _) in segment.char_indices() {
            if let Some(date) = segment.get(i..).and_then(numeric_date) {
                let before = segment[..i].chars().next_back();
                if before.is_none_or(|c| !c.is_ascii_digit()) {
                    return Some(date);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_pages_write_them() {
        let day = |y, m, d| Date::from_ymd(y, m, d);
        assert_eq!(parse_date("2019-11-19T02:46:42.471Z"), day(2019, 11, 19));
        assert_eq!(parse_date(" 2019/11/19 "), day(2019, 11, 19));
        assert_eq!(parse_date("2019-11-19"), day(2019, 11, 19));
        for bad in [
            "2019-13-01",
            "19-11-2019",
            "2019-11-1",
            "2019-11-190",
            "0001-01-01",
            "é",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert_eq!(
            date_in_path("https://example.com/2019/11/18/story-name/?x=2019/12/01"),
            day(2019, 11, 18)
        );
        assert_eq!(
            date_in_path("https://example.com/news/story-2018-08-07.html"),
            day(2018, 8, 7)
        );
        assert_eq!(
            date_in_path("https://example.com/2019/11/story-471033"),
            None
        );
        assert_eq!(date_in_path("https://example.com/id/12019-11-18"), None);
    }
}
