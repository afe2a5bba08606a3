//! The schema.org `articleBody` of a page's JSON-LD (`<script type="application/ld+json">`): the
//! publisher's own copy of the body, without markup, which tells which element of the page holds
//! it. serde_json parses it (its recursion limit bounds the depth); a script that does not parse
//! is searched for the `"articleBody": "..."` string alone.

/// What a page's JSON-LD says about its article.
#[derive(Debug, Default)]
pub(super) struct JsonLd {
    /// The longest `articleBody`, with HTML entities left as they are.
    pub article_body: Option<String>,
    /// The first `headline` and `datePublished`.
    pub headline: Option<String>,
    pub date_published: Option<String>,
    /// The first `publisher`'s `name` (or the publisher, when it is a plain string).
    pub publisher: Option<String>,
    /// Of the first article object (a `@type` ending in `Article` or `Posting`, or an object
    /// with a `headline`) that has them: `dateModified`, the `author` names (a string, an
    /// object's `name`, or an array of either), `url` (else `mainEntityOfPage`, a string or an
    /// object's `@id`) and `inLanguage`. A `WebPage`'s `url` and `inLanguage` come after.
    pub date_modified: Option<String>,
    pub authors: Vec<String>,
    pub url: Option<String>,
    pub language: Option<String>,
}

/// Whether a JSON-LD object is an article (`NewsArticle`, `BlogPosting`, ...) or a web page.
fn object_type(map: &serde_json::Map<String, serde_json::Value>) -> (bool, bool) {
    let mut types = Vec::new();
    match map.get("@type") {
        Some(serde_json::Value::String(t)) => types.push(t.as_str()),
        Some(serde_json::Value::Array(items)) => {
            types.extend(items.iter().filter_map(serde_json::Value::as_str))
        }
        _ => {}
    }
    let article = map.contains_key("headline")
        || types
            .iter()
            .any(|t| t.ends_with("Article") || t.ends_with("Posting"));
    let page = types.iter().any(|t| t.ends_with("WebPage"));
    (article, page)
}

/// A name or an address: a string, or an object's `name` (`key` = "name") or `@id`.
fn string_or(value: &serde_json::Value, key: &str) -> Option<String> {
    match value {
        serde_json::Value::String(text) => Some(text.clone()),
        serde_json::Value::Object(map) => map.get(key)?.as_str().map(str::to_owned),
        _ => None,
    }
}

/// What an article or page object says of its modification date, authors, address and
/// language, where nothing before said it.
fn read_article_object(
    map: &serde_json::Map<String, serde_json::Value>,
    article: bool,
    found: &mut JsonLd,
) {
    if article {
        if let Some(serde_json::Value::String(text)) = map.get("dateModified") {
            found.date_modified.get_or_insert_with(|| text.clone());
        }
        if found.authors.is_empty() {
            match map.get("author") {
                Some(serde_json::Value::Array(items)) => {
                    found.authors = items.iter().filter_map(|a| string_or(a, "name")).collect()
                }
                Some(author) => found.authors.extend(string_or(author, "name")),
                None => {}
            }
        }
        if found.url.is_none() {
            found.url = map
                .get("url")
                .and_then(|u| string_or(u, "@id"))
                .or_else(|| {
                    map.get("mainEntityOfPage")
                        .and_then(|u| string_or(u, "@id"))
                });
        }
    } else if found.url.is_none() {
        found.url = map.get("url").and_then(|u| string_or(u, "@id"));
    }
    if let Some(serde_json::Value::String(text)) = map.get("inLanguage") {
        found.language.get_or_insert_with(|| text.clone());
    }
}

/// The strings of the scripts' objects and arrays (`@graph` included) that tell about the
/// article.
pub(super) fn read(scripts: &[String]) -> JsonLd {
    let mut found = JsonLd {
        article_body: article_body(scripts),
        ..JsonLd::default()
    };
    for script in scripts {
        let script = unwrap(script);
        match serde_json::from_str::<serde_json::Value>(script) {
            Ok(value) => {
                let mut stack = vec![&value];
                while let Some(value) = stack.pop() {
                    match value {
                        serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
                        serde_json::Value::Object(map) => {
                            let (article, page) = object_type(map);
                            if article || page {
                                read_article_object(map, article, &mut found);
                            }
                            for (key, item) in map {
                                match (key.as_str(), item) {
                                    ("headline", serde_json::Value::String(text)) => {
                                        found.headline.get_or_insert_with(|| text.clone());
                                    }
                                    ("datePublished", serde_json::Value::String(text)) => {
                                        found.date_published.get_or_insert_with(|| text.clone());
                                    }
                                    ("publisher", serde_json::Value::String(name)) => {
                                        found.publisher.get_or_insert_with(|| name.clone());
                                    }
                                    ("publisher", serde_json::Value::Object(publisher)) => {
                                        if let Some(serde_json::Value::String(name)) =
                                            publisher.get("name")
                                        {
                                            found.publisher.get_or_insert_with(|| name.clone());
                                        }
                                    }
                                    _ => stack.push(item),
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            Err(_) => {
                if found.headline.is_none() {
                    found.headline = string_after_key(script, "headline");
                }
                if found.date_published.is_none() {
                    found.date_published = string_after_key(script, "datePublished");
                }
                if found.date_modified.is_none() {
                    found.date_modified = string_after_key(script, "dateModified");
                }
            }
        }
    }
    found
}

/// A script without the comment or CDATA wrapper some pages put around JSON for old browsers.
fn unwrap(script: &str) -> &str {
    script
        .trim()
        .trim_start_matches("<!--")
        .trim_start_matches("//<![CDATA[")
        .trim_end_matches("-->")
        .trim_end_matches("//]]>")
        .trim()
}

/// The longest `articleBody` string in the scripts, anywhere in their objects and arrays
/// (`@graph` included), with HTML entities left as they are.
fn article_body(scripts: &[String]) -> Option<String> {
    let mut best: Option<String> = None;
    for script in scripts {
        let script = unwrap(script);
        let Ok(value) = serde_json::from_str::<serde_json::Value>(script) else {
            // Broken JSON (comments, a brace too many) still holds the body as a string.
            if let Some(text) = string_after_key(script, "articleBody") {
                if best.as_ref().is_none_or(|b| text.len() > b.len()) {
                    best = Some(text);
                }
            }
            continue;
        };
        let mut stack = vec![&value];
        while let Some(value) = stack.pop() {
            match value {
                serde_json::Value::Array(items) => stack.extend(items),
                serde_json::Value::Object(map) => {
                    for (key, item) in map {
                        match item {
                            serde_json::Value::String(text) if key == "articleBody" => {
                                if best.as_ref().is_none_or(|b| text.len() > b.len()) {
                                    best = Some(text.clone());
                                }
                            }
                            _ => stack.push(item),
                        }
                    }
                }
                _ => {}
            }
        }
    }
    best
}

/// The JSON string that follows the first `"key":` in `text`, if it reads as one.
fn string_after_key(text: &str, key: &str) -> Option<String> {
    let quoted = format!("\"{key}\"");
    let after = &text[text.find(&quoted)? + quoted.len()..];
    let after = after.trim_start().strip_prefix(':')?.trim_start();
    if !after.starts_with('"') {
        return None;
    }
    let mut escaped = false;
    for (i, c) in after.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return serde_json::from_str(&after[..=i]).ok(),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_body_anywhere_in_the_scripts() {
        let scripts = [
            r#"{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "articleBody": "Short."}]}"#.to_owned(),
            r#"[{"@type": "NewsArticle", "articleBody": "The longer \"body\" \u00e9."}]"#.to_owned(),
            "not json at all".to_owned(),
        ];
        assert_eq!(
            article_body(&scripts).as_deref(),
            Some("The longer \"body\" é.")
        );
        assert_eq!(article_body(&[]), None);
    }

    #[test]
    fn broken_json_still_gives_its_body() {
        let scripts = ["<!--{\"headline\": \"H\", // a comment\n \"articleBody\" : \"Text, \\\"quoted\\\".\" }} -->".to_owned()];
        assert_eq!(article_body(&scripts).as_deref(), Some("Text, \"quoted\"."));
        for broken in [
            "{\"articleBody\": ",
            "{\"articleBody\": \"open",
            "{\"articleBody\": 5,",
            "\"articleBody\"é",
        ] {
            assert_eq!(article_body(&[broken.to_owned()]), None, "{broken}");
        }
    }
}
