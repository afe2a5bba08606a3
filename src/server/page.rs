//! The page at `/`: a query editor with the example queries of `queries/` (compiled in), results
//! as a table, and a link to the consistency report. Plain HTML and JavaScript, no build step.

/// The example queries, by file name: each opens with a comment saying what it asks.
pub const EXAMPLES: [(&str, &str); 5] = [
    (
        "claims_by_speaker.rq",
        include_str!("../../queries/claims_by_speaker.rq"),
    ),
    (
        "most_quoted.rq",
        include_str!("../../queries/most_quoted.rq"),
    ),
    (
        "money_in_currency.rq",
        include_str!("../../queries/money_in_currency.rq"),
    ),
    (
        "article_claims.rq",
        include_str!("../../queries/article_claims.rq"),
    ),
    (
        "relative_dates.rq",
        include_str!("../../queries/relative_dates.rq"),
    ),
];

const TEMPLATE: &str = include_str!("page.html");

/// Where the examples go in the template: inside a `<script type="application/json">`.
const SLOT: &str = "@EXAMPLES@";

/// The page, with the examples as JSON for its script.
pub fn page() -> String {
    let examples: Vec<serde_json::Value> = EXAMPLES
        .iter()
        .map(|(name, query)| {
            let header: Vec<&str> = query
                .lines()
                .take_while(|l| l.starts_with('#'))
                .map(|l| l.trim_start_matches('#').trim())
                // The command-line hint is for the terminal, not the page.
                .filter(|l| !l.starts_with("Run:"))
                .collect();
            let about = header.join(" ");
            // The title is the header's opening words, up to its first colon or full stop.
            let title = about
                .split([':', '.'])
                .next()
                .filter(|t| !t.trim().is_empty())
                .unwrap_or(name);
            serde_json::json!({
                "name": name,
                "title": title.trim(),
                "about": about,
                "query": query,
            })
        })
        .collect();
    // "</" inside the JSON would end the script element early.
    let json = serde_json::Value::Array(examples)
        .to_string()
        .replace("</", "<\\/");
    TEMPLATE.replace(SLOT, &json)
}
