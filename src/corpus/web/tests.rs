use super::read;

fn text(page: &str) -> String {
    read(page).text
}

/// `count` deterministic pseudo-random pages, each up to `most` of `pieces` run together
/// (xorshift from `seed`): markup the parser must take whatever the order.
pub(super) fn generated_pages<'a>(
    pieces: &'a [&'a str],
    seed: u64,
    count: usize,
    most: u64,
) -> impl Iterator<Item = String> + 'a {
    let mut state = seed;
    (0..count).map(move |_| {
        let mut page = String::new();
        for _ in 0..(state % most) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            page.push_str(pieces[(state % pieces.len() as u64) as usize]);
        }
        page
    })
}

/// The 181 pages of the shared extraction benchmark, with their paths, found as the
/// integration tests find the shared corpora.
pub(super) fn benchmark_pages() -> Vec<(std::path::PathBuf, String)> {
    use std::io::Read;
    let dir = std::env::var_os("CLAIMGRAPH_SHARED")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
        .join("corpora/article-extraction-benchmark/html");
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the shared benchmark pages") {
        let path = entry.unwrap().path();
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap())
            .read_to_end(&mut raw)
            .unwrap();
        let page = String::from_utf8_lossy(&raw).into_owned();
        pages.push((path, page));
    }
    assert_eq!(pages.len(), 181);
    pages
}

#[test]
fn a_fragment_is_read_whole_with_paragraphs_and_line_breaks() {
    let page = "<html><body><h1>Title</h1>\n<p>First   para,\n  wrapped.</p><p>Second<br>line \
                two</p><ul><li>one</li><li>two</li></ul><div>end</div></body></html>";
    assert_eq!(
        text(page),
        "Title\n\nFirst para, wrapped.\n\nSecond\nline two\n\none\n\ntwo\n\nend"
    );
    assert_eq!(text("a<b>b</b>c <i>d</i>"), "abc d");
    assert_eq!(
        text("<table><tr><td>a</td><td>b</td></tr></table>"),
        "a\n\nb"
    );
}

#[test]
fn drops_head_scripts_styles_comments_and_hidden_elements() {
    let page = "<!DOCTYPE html><html><head><meta charset=utf-8><title>The &amp; Title</title>\
                <style>p { color: red }</style><script>if (a < b) { x = '</p>'; }</script>\
                </head><body><!-- a comment <p>hidden</p> --><p>Shown</p>\
                <SCRIPT type=\"text/javascript\">var s = \"<b>\";</SCRIPT><p>Also</p>\
                <div hidden>not shown</div><p style=\"display: none\">nor this</p></body>";
    let page = read(page);
    assert_eq!(page.text, "Shown\n\nAlso");
    assert_eq!(
        page.title.as_ref().map(|t| t.0.as_str()),
        Some("The & Title")
    );
}

#[test]
fn decodes_entities_as_a_browser_does() {
    let page = "<p>&ldquo;Hi,&rdquo; she said &mdash; it&rsquo;s 5&nbsp;&lt;&nbsp;6 &amp; \
                &#39;x&#39; &#8211; &#x4E2D;&#X6587; &#146;s &hellip; AT&T &bogus; &#0; \
                &#xD800; &#99999999;</p>";
    assert_eq!(
        text(page),
        "\u{201C}Hi,\u{201D} she said \u{2014} it\u{2019}s 5 < 6 & 'x' \u{2013} 中文 \u{2019}s \
         \u{2026} AT&T &bogus; \u{FFFD} \u{FFFD} \u{FFFD}"
    );
}

#[test]
fn survives_malformed_markup() {
    for (page, expected) in [
        ("a < b and c > d", "a < b and c > d"),
        ("x <3 y", "x <3 y"),
        ("<p>unclosed <b>bold", "unclosed bold"),
        ("text <p", "text"),
        ("<p class=it's>ok</p>", "ok"),
        ("<a title=\"x > y\">link</a>", "link"),
        ("<a title=\"never closed>text</a>", ""),
        ("<script>no end", ""),
        ("<svg/>after", "after"),
        ("before<!-- unclosed", "before"),
        ("<head><title>T</title><p>no body tag</p>", "no body tag"),
        ("&", "&"),
        ("&#", "&#"),
        ("&#x;", "&#x;"),
        ("<", "<"),
        ("</", "</"),
        ("<>", "<>"),
        ("é<ü>ß", "é<ü>ß"),
        ("", ""),
    ] {
        assert_eq!(text(page), expected, "{page:?}");
    }
    // Every prefix of a page, cut at any char boundary, is read without panicking.
    let page = "<html><head><title>T&amp;</title></head><body><p class=\"a\">Zürich &mdash; \
                <!-- c --> <script>x</script>中文&#x4E2D;<br/></p></body></html>";
    for (cut, _) in page.char_indices() {
        read(&page[..cut]);
    }
}

#[test]
fn never_panics_on_generated_markup() {
    // Deterministic pseudo-random pages built from the pieces the parser cares about.
    const PIECES: [&str; 30] = [
        "<", ">", "</", "/>", "<!--", "-->", "<!", "&", "&#", "&#x", ";", "=", "\"", "'", "p",
        "script", "title", "head", " ", "\n", "é", "中", "amp", "9", "div", "class=", "nav",
        "article", "a href", "table",
    ];
    for page in generated_pages(&PIECES, 0x2545_F491_4F6C_DD1D, 3000, 60) {
        let text = text(&page);
        assert!(!text.starts_with(char::is_whitespace), "{page:?}");
        assert!(!text.ends_with(char::is_whitespace), "{page:?}");
    }
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = 10_000;
    let page = format!(
        "{}<p>Deep inside, a paragraph with enough words to count as one.</p>{}",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    assert_eq!(
        text(&page),
        "Deep inside, a paragraph with enough words to count as one."
    );
}

/// A news page as content systems write them: menus, a cookie banner, the headline, a byline,
/// the body in an `<article>` split by an advertising slot, a figure, a share bar, teasers of
/// other stories, a newsletter box and a footer.
const NEWS_PAGE: &str = r##"<!DOCTYPE html><html><head><title>Harbour bridge to reopen | The Daily</title></head>
<body class="page article-page">
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <a href="/privacy">Learn more</a> <button>Accept</button></div>
<header class="site-header"><a href="/">The Daily</a><nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<main>
<article class="story">
  <h1>Harbour bridge to reopen next week</h1>
  <div class="byline">By A. Reporter, Transport correspondent</div>
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
  <figure><img src="bridge.jpg"><figcaption>The bridge at dusk. Photo: Agency</figcaption></figure>
  <div class="story-body">
    <p>The harbour bridge, closed since March for repairs, will reopen to traffic next Tuesday, the city's transport department said on Monday.</p>
    <p>Engineers replaced 1,200 metres of cable and resurfaced the deck, work that cost $45 million, according to the department, which had expected the repairs to take a year.</p>
    <div class="ad-slot advertisement">Advertisement</div>
    <p>"We are ahead of schedule and within budget," said the department's director, who added that cyclists would get a separate lane for the first time.</p>
    <h2>Tolls unchanged</h2>
    <p>Tolls will stay at their current level until at least the end of next year, the department said, though it did not rule out a review after that.</p>
  </div>
  <div class="tags"><a href="/t/transport">Transport</a> <a href="/t/city">City</a></div>
</article>
<aside class="related-stories"><h3>Related</h3><ul>
  <li><a href="/a">Ferry timetable changes as bridge work continues through the winter</a></li>
  <li><a href="/b">Council approves new budget for roads, bridges and tunnels in the region</a></li>
</ul></aside>
<div class="most-read"><h3>Most read</h3><ol><li><a href="/c">Storm warning issued for the coast as winds pick up over the weekend</a></li><li><a href="/d">Local team wins the cup after a dramatic penalty shoot-out on Sunday</a></li></ol></div>
<div class="newsletter-signup"><p>Get the morning briefing, with the day's top stories, in your inbox every weekday.</p><form><input type="email"><button>Sign up</button></form></div>
</main>
<footer class="site-footer"><p>© The Daily. All rights reserved.</p><a href="/contact">Contact us</a> <a href="/terms">Terms</a></footer>
</body></html>"##;

#[test]
fn the_body_of_a_news_page_without_its_furniture() {
    let page = read(NEWS_PAGE);
    assert_eq!(
        page.text,
        "The harbour bridge, closed since March for repairs, will reopen to traffic next Tuesday, \
         the city's transport department said on Monday.\n\n\
         Engineers replaced 1,200 metres of cable and resurfaced the deck, work that cost $45 \
         million, according to the department, which had expected the repairs to take a year.\n\n\
         \"We are ahead of schedule and within budget,\" said the department's director, who \
         added that cyclists would get a separate lane for the first time.\n\n\
         Tolls unchanged\n\n\
         Tolls will stay at their current level until at least the end of next year, the \
         department said, though it did not rule out a review after that."
    );
    assert_eq!(
        page.title.as_ref().map(|t| t.0.as_str()),
        Some("Harbour bridge to reopen | The Daily")
    );
}

/// A body whose paragraphs each sit in cards of their own, among teasers that score as well:
/// the JSON-LD `articleBody` (here in JSON with a comment, which does not parse) names the
/// container.
#[test]
fn the_json_ld_body_names_the_container_when_the_scores_cannot() {
    let paragraphs = [
        "The council voted on Tuesday to extend the night bus service to the northern suburbs, \
         after a year in which ridership grew faster than on any other route.",
        "The extension, which starts in April, adds four stops and runs every half hour from \
         midnight until five, the council said in a statement.",
        "Residents had asked for the service for years, and a petition signed by thousands of \
         people was handed to the council in the spring.",
        "The operator will hire twelve drivers for the new route and expects the first buses \
         to run full within weeks, a spokeswoman said.",
    ];
    let mut page = String::from(
        "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \
         // the body, for search engines\n \"articleBody\": \"",
    );
    page.push_str(&paragraphs.join(" "));
    page.push_str("\"}}</script></head><body><div class=\"cards\">");
    for paragraph in paragraphs {
        page.push_str(&format!(
            "<div class=\"card\"><div class=\"card-inner\"><p>{paragraph}</p></div></div>"
        ));
    }
    page.push_str("</div><div class=\"list\">");
    for teaser in [
        "A long teaser of another story, with commas, clauses, lists, and more commas, \
         written to score as well as any paragraph, or better, in every way, again and again.",
        "Another teaser, with commas, clauses, lists, and more commas, written to score as \
         well as any paragraph, or better, in every way, again, and again, and again.",
    ] {
        page.push_str(&format!("<div><p>{teaser}</p><p>{teaser}</p></div>"));
    }
    page.push_str("</div></body></html>");
    assert_eq!(text(&page), paragraphs.join("\n\n"));
}

/// A body split into parts, each deep in wrappers of its own: the container widens to the
/// ancestor whose further text is paragraphs.
#[test]
fn a_body_split_into_parts_is_read_whole() {
    let part = |words: &str| {
        format!(
            "<div class=\"chunk\"><div><div><div><div><div><p>{words}, one sentence of the part, \
             with a clause, and another, long enough to count.</p><p>{words}, a second \
             sentence, as long as the first one, with a clause or two.</p></div></div></div>\
             </div></div></div>"
        )
    };
    let page = format!(
        "<html><body><nav><a href=\"/\">Home</a></nav><div class=\"chunks\">{}{}{}</div>\
         <footer><a href=\"/about\">About</a></footer></body></html>",
        part("First"),
        part("Second"),
        part("Third")
    );
    let text = text(&page);
    for words in ["First", "Second", "Third"] {
        assert!(text.contains(&format!("{words}, one sentence")), "{text}");
    }
    assert!(!text.contains("Home") && !text.contains("About"), "{text}");
}

#[test]
fn the_headline_and_publication_date_come_from_the_most_trusted_metadata() {
    let head = |meta: &str| {
        format!(
            "<html><head><title>Headline | Site</title>{meta}</head><body><p>Text.</p>\
             <time datetime=\"2019-01-02\">Jan 2</time></body></html>"
        )
    };
    let page = read(&head(
        "<meta property=\"og:title\" content=\"OG headline\">\
         <meta property=\"article:published_time\" content=\"2019-11-18T10:00:00-05:00\">\
         <script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \
         \"JSON headline\", \"datePublished\": \"2019-11-17T09:00:00-05:00\"}</script>",
    ));
    assert_eq!(
        page.title.as_ref().map(|t| t.0.as_str()),
        Some("JSON headline")
    );
    let published = page.published.unwrap();
    assert_eq!(published.date.to_string(), "2019-11-17");
    assert_eq!(published.field, "json-ld datePublished");
    assert_eq!(published.value, "2019-11-17T09:00:00-05:00");

    let page = read(&head(
        "<meta property=\"og:title\" content=\"OG headline\">\
         <meta property=\"article:published_time\" content=\"2019-11-18T10:00:00-05:00\">",
    ));
    assert_eq!(
        page.title.as_ref().map(|t| t.0.as_str()),
        Some("OG headline")
    );
    assert_eq!(page.published.unwrap().field, "meta article:published_time");

    // A <time datetime>, then the canonical URL; a UTC timestamp a day off the URL's date
    // gives way to it.
    let page = read(&head(""));
    assert_eq!(
        page.title.as_ref().map(|t| t.0.as_str()),
        Some("Headline | Site")
    );
    assert_eq!(page.published.unwrap().field, "time datetime");
    let page = read(
        "<link rel=\"canonical\" href=\"https://example.com/2019/11/19/story/\">\
         <meta name=\"pubdate\" content=\"2019-11-20T02:00:00Z\"><p>Text.</p>",
    );
    let published = page.published.unwrap();
    assert_eq!(
        (
            published.date.to_string().as_str(),
            published.field.as_str()
        ),
        ("2019-11-19", "canonical url")
    );
    assert_eq!(read("<p>No date.</p>").published, None);
}

/// The date `read` finds, with its basis.
fn published(page: &str) -> Option<(String, String)> {
    read(page).published.map(|p| (p.date.to_string(), p.field))
}

fn dated(date: &str, field: &str) -> Option<(String, String)> {
    Some((date.to_owned(), field.to_owned()))
}

#[test]
fn dates_written_for_readers_when_the_metadata_has_none() {
    // A byline's date beside the headline, not a teaser's or a comment's.
    let page = "<html><head><title>The Story Headline</title></head><body>\
                <div class=\"related-stories\"><span class=\"date\">Nov 2, 2019</span></div>\
                <h1>The Story Headline</h1><div class=\"byline\"><span class=\"post__date\">\
                November 18, 2019</span></div><p>Text of the story, long enough.</p>\
                <div class=\"comments\"><span class=\"date\">Nov 19, 2019</span></div>\
                <div><span class=\"date\">Nov 3, 2019</span></div></body></html>";
    assert_eq!(published(page), dated("2019-11-18", "byline date"));
    // A calendar leaf with the year in a sibling.
    let page = "<div class=\"date\"><div class=\"calendar-date\">November 20</div>\
                <div>15:23 <b>2019</b></div></div><p>Text.</p>";
    assert_eq!(published(page), dated("2019-11-20", "byline date"));
    // "Updated" before a byline's date: the last change's, not the publication's.
    assert_eq!(
        published("<span class=\"date\">Updated Nov. 19, 2019</span><p>Text.</p>"),
        None
    );
    // Labels in the text, before or after the date, in other languages too.
    for (page, date) in [
        (
            "<p>Anna Roe <span>publiziert am 25. September 2018</span></p>",
            "2018-09-25",
        ),
        (
            "<div>기사입력 :[ 2018-08-25 15:24 ]</div><p>본문.</p>",
            "2018-08-25",
        ),
        (
            "<small><b>05/10/2018</b> - Publicado por: Ana</small><p>Texto.</p>",
            "2018-10-05",
        ),
    ] {
        assert_eq!(published(page), dated(date, "labelled date"), "{page}");
    }
    // A dateline the body opens with is left to the body's reading (`corpus::head`).
    assert_eq!(
        published("<p>First Published on Nov 19, 2019</p><p>Text.</p>"),
        None
    );
    // The label of a comment's date is not the article's.
    assert_eq!(
        published("<div class=\"comment\"><p>Posted on Nov 19, 2019</p></div><p>Text.</p>"),
        None
    );
    // Microdata as text, a form field, JSON-LD not in ISO 8601.
    assert_eq!(
        published("<span itemprop=\"datePublished\">Fri 6:45 PM, Feb 16, 2018</span>"),
        dated("2018-02-16", "itemprop datePublished")
    );
    assert_eq!(
        published("<input type=\"hidden\" class=\"published_date\" value=\"2019-11-18 23:41:18\">"),
        dated("2019-11-18", "input published_date")
    );
    assert_eq!(
        published("<input type=\"hidden\" class=\"modified_date\" value=\"2019-11-18 23:41:18\">"),
        None
    );
    assert_eq!(
        published(
            "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \
             \"datePublished\": \"01:38:07 PM IST Nov 20, 2019\"}</script>"
        ),
        dated("2019-11-20", "json-ld datePublished")
    );
}

#[test]
fn a_utc_timestamp_gives_way_to_the_local_day_the_page_states() {
    let utc = "<meta property=\"article:published_time\" content=\"2019-11-19T01:19:00Z\">";
    // A date in words (local), a timestamp with its offset, a byline: the day before.
    for (local, field) in [
        (
            "<meta name=\"article_date_original\" content=\"Monday, November 18, 2019, 08:19 PM\">",
            "meta article_date_original",
        ),
        (
            "<meta name=\"sailthru.date\" content=\"2019-11-18 20:19:00 -0500\">",
            "meta sailthru.date",
        ),
        (
            "<h1>A headline here</h1><span class=\"date\">Nov. 18, 2019 8:19 pm ET</span>",
            "byline date",
        ),
    ] {
        let page = format!("{utc}{local}<p>Text.</p>");
        assert_eq!(published(&page), dated("2019-11-18", field), "{page}");
    }
    // A timestamp without a zone may be UTC too: it does not move the day.
    let page = format!("{utc}<time datetime=\"2019-11-18T20:19:00\">x</time><p>Text.</p>");
    assert_eq!(
        published(&page),
        dated("2019-11-19", "meta article:published_time")
    );
}

#[test]
fn the_publisher_comes_from_json_ld_else_the_site_name() {
    let page = read(
        "<html><head><meta property=\"og:site_name\" content=\"Site Name\">\
         <script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"NewsArticle\", \
         \"publisher\": {\"@type\": \"Organization\", \"name\": \"The Daily  Planet\", \
         \"logo\": {\"url\": \"x.png\"}}}]}</script></head><body><p>Text.</p></body></html>",
    );
    assert_eq!(
        page.publisher.as_ref().map(|p| p.0.as_str()),
        Some("The Daily Planet")
    );
    let page = read(
        "<html><head><meta property=\"og:site_name\" content=\"Site Name\"></head>\
         <body><p>Text.</p></body></html>",
    );
    assert_eq!(
        page.publisher.as_ref().map(|p| p.0.as_str()),
        Some("Site Name")
    );
    let page = read("<html><body><p>Text.</p></body></html>");
    assert_eq!(page.publisher, None);
}

#[test]
fn address_modification_date_authors_and_language_with_where_each_was_read() {
    let found = |value: &str, field: &str| Some((value.to_owned(), field.to_owned()));
    let page = read(
        "<html lang=\"en_GB\"><head>\
         <link rel=\"canonical\" href=\"/news/2019/story\">\
         <meta property=\"og:url\" content=\"https://example.com/news/2019/story?amp\">\
         <meta property=\"og:locale\" content=\"fr_FR\">\
         <meta name=\"author\" content=\"Meta Author\">\
         <meta property=\"article:modified_time\" content=\"2019-11-21T08:00:00Z\">\
         <script type=\"application/ld+json\">{\"@graph\": [\
         {\"@type\": \"WebPage\", \"url\": \"https://example.com/page\"},\
         {\"@type\": [\"NewsArticle\"], \"dateModified\": \"2019-11-20T10:00:00-05:00\", \
          \"author\": [{\"@type\": \"Person\", \"name\": \"Ann Lee\"}, \"Bo Chen, Staff Writer\", \
          {\"@type\": \"Person\", \"name\": \"ann lee\"}], \
          \"mainEntityOfPage\": {\"@id\": \"https://example.com/ld\"}}]}</script>\
         </head><body><p>Text.</p></body></html>",
    );
    // A canonical link relative to the site takes the host of the next address.
    assert_eq!(
        page.url,
        found("https://example.com/news/2019/story", "link canonical")
    );
    assert_eq!(
        page.modified.map(|(d, f)| (d.to_string(), f)),
        found("2019-11-20", "json-ld dateModified")
    );
    assert_eq!(
        page.authors,
        Some((
            vec!["Ann Lee".to_owned(), "Bo Chen".to_owned()],
            "json-ld author".to_owned()
        ))
    );
    assert_eq!(page.language, found("en-GB", "html lang"));

    // Without JSON-LD: the meta, and an author that is an address is no name.
    let page = read(
        "<html><head><meta property=\"og:url\" content=\"http://example.org/a\">\
         <meta property=\"article:author\" content=\"https://facebook.com/someone\">\
         <meta name=\"author\" content=\"By Cy Diaz and Di Eng | Rex\">\
         <meta http-equiv=\"Content-Language\" content=\"de\">\
         <meta property=\"article:modified_time\" content=\"2019-11-21T08:00:00Z\">\
         </head><body><p>Text.</p></body></html>",
    );
    assert_eq!(page.url, found("http://example.org/a", "meta og:url"));
    assert_eq!(
        page.modified.map(|(d, f)| (d.to_string(), f)),
        found("2019-11-21", "meta article:modified_time")
    );
    assert_eq!(
        page.authors,
        Some((
            vec!["Cy Diaz".to_owned(), "Di Eng".to_owned(), "Rex".to_owned()],
            "meta author".to_owned()
        ))
    );
    assert_eq!(page.language, found("de", "meta content-language"));

    // Nothing to go by: a relative canonical link alone, a language that is no tag.
    let page = read(
        "<html lang=\"&lt;none&gt;\"><head><link rel=\"canonical\" href=\"/a\">\
         <meta property=\"article:author\" content=\"https://example.com/u/1\"></head>\
         <body><p>Text.</p></body></html>",
    );
    assert_eq!(
        (page.url, page.modified, page.authors, page.language),
        (None, None, None, None)
    );
}

#[test]
fn class_words_split_at_punctuation_and_humps_in_ascii_and_beyond() {
    let words = |value: &str| {
        let mut out = Vec::new();
        super::dom::split_words(value, &mut super::dom::Words::default(), |w| {
            out.push(w.to_owned())
        });
        out
    };
    assert_eq!(
        words("articleBody main-content"),
        ["article", "body", "main", "content"]
    );
    assert_eq!(words("storyBODY"), ["story", "body"]);
    assert_eq!(words("x2Col  --a_b"), ["x2col", "a", "b"]);
    assert_eq!(
        words("ÉtéBody café-Crème"),
        ["été", "body", "café", "crème"]
    );
    assert_eq!(words("menuÉté"), ["menu", "été"]);
    assert!(words(" -- ").is_empty());
}

#[test]
fn each_element_has_its_children_in_document_order() {
    let dom = super::dom::Dom::parse("<div id=x><p>a</p>b<span>c</span></div>e<p>d</p>");
    let listed: Vec<String> = dom
        .elements
        .iter()
        .map(|e| {
            let children: Vec<String> = dom
                .children(e)
                .iter()
                .map(|c| match c {
                    super::dom::Child::Element(at) => dom.elements[*at].tag().to_owned(),
                    super::dom::Child::Text(text) => format!("{:?}", &**text),
                })
                .collect();
            format!("{}: {}", e.tag(), children.join(" "))
        })
        .collect();
    assert_eq!(
        listed,
        [
            "html: body",
            "body: div \"e\" p",
            "div: p \"b\" span",
            "p: \"a\"",
            "span: \"c\"",
            "p: \"d\"",
        ]
    );
}
