//! Extraction on articles written for these tests (not the seeds): what a careful reader
//! finds in them, checked field by field, and robustness on hostile input.

use claimgraph::extract;
use claimgraph::model::article::Article;
use claimgraph::model::claim::{Bound, Kind, Mention};
use claimgraph::model::time::{Date, Period};
use std::path::PathBuf;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/heldout")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

fn day(s: &str) -> Period {
    Period::day(Date::parse_iso(s).unwrap())
}

fn run(doc: &str, text: &str, published: Option<&str>) -> Vec<Mention> {
    extract::extract(&article(doc, text, published.map(day))).mentions
}

/// An article handed to extraction, published on `published` if given.
fn article(doc: &str, text: &str, published: Option<Period>) -> Article {
    let article = Article::new(doc, text);
    match published {
        Some(period) => article.published_in(period),
        None => article,
    }
}

/// The mention of `kind` whose text is `text` (the first, or the `nth` when it repeats).
fn find<'m>(mentions: &'m [Mention], kind: Kind, text: &str) -> &'m Mention {
    mentions
        .iter()
        .find(|m| m.kind == kind && m.text == text)
        .unwrap_or_else(|| {
            panic!(
                "no {kind} {text:?} in {:#?}",
                mentions
                    .iter()
                    .map(|m| (&m.kind, &m.text))
                    .collect::<Vec<_>>()
            )
        })
}

fn dates(m: &Mention) -> (String, String) {
    (
        m.from.map(|d| d.to_string()).unwrap_or_default(),
        m.to.map(|d| d.to_string()).unwrap_or_default(),
    )
}

#[test]
fn port_strike_article() {
    let text = fixture("port_strike.txt");
    let ms = run("port_strike", &text, Some("2021-03-17"));

    let losses = find(&ms, Kind::Amount, "an estimated €450 million");
    assert_eq!(
        (losses.value, losses.unit.as_deref(), losses.bound),
        (Some(450e6), Some("EUR"), Some(Bound::Approx))
    );
    assert_eq!(
        losses.speaker.as_deref(),
        Some("the Dutch logistics association TLN")
    );

    let ships = find(&ms, Kind::Count, "Around 180");
    assert_eq!(
        (ships.value, ships.bound, ships.unit.as_deref()),
        (Some(180.0), Some(Bound::Approx), Some("container ships"))
    );

    // Published on Wednesday 2021-03-17: "last Friday" is 2021-03-12, "Tuesday" the day before.
    assert_eq!(
        dates(find(&ms, Kind::Date, "last Friday")),
        ("2021-03-12".into(), "2021-03-12".into())
    );
    assert_eq!(
        dates(find(&ms, Kind::Date, "on Tuesday")),
        ("2021-03-16".into(), "2021-03-16".into())
    );
    assert_eq!(
        dates(find(&ms, Kind::Date, "March 9")),
        ("2021-03-09".into(), "2021-03-09".into())
    );
    // "a year earlier" than February 2021.
    assert_eq!(
        dates(find(&ms, Kind::Date, "a year earlier")),
        ("2020-02-01".into(), "2020-02-29".into())
    );

    let q = find(
        &ms,
        Kind::Quote,
        "We are not going back until the company puts a real offer on the table,",
    );
    assert_eq!(q.speaker.as_deref(), Some("Marieke de Vries"));
    let q2 = find(
        &ms,
        Kind::Quote,
        "Our members have waited three years for a pay rise.",
    );
    assert_eq!(q2.speaker.as_deref(), Some("Marieke de Vries"));
    let minister = find(&ms, Kind::Quote, "within days if both sides agree to it.");
    assert_eq!(minister.speaker.as_deref(), Some("Cora van Nieuwenhuizen"));

    assert_eq!(find(&ms, Kind::Percent, "4.5%").value, Some(4.5));
    let raise = find(&ms, Kind::Duration, "two years");
    assert_eq!(
        (raise.duration.as_deref(), raise.bound),
        (Some("P2Y"), Some(Bound::Exact))
    );
    let ing = find(&ms, Kind::Amount, "roughly $60m");
    assert_eq!(
        (ing.value, ing.ambiguous, ing.speaker.as_deref()),
        (Some(60e6), true, Some("ING"))
    );
    let tripled = find(&ms, Kind::Ratio, "nearly tripled");
    assert_eq!(
        (tripled.value, tripled.bound),
        (Some(3.0), Some(Bound::AtMost))
    );
    assert_eq!(
        find(&ms, Kind::Duration, "10 days").duration.as_deref(),
        Some("P10D")
    );

    // The newsletter call is page furniture; "12th" is an ordinal.
    assert!(ms.iter().all(|m| !m.sentence.contains("newsletter")));
    assert!(ms.iter().all(|m| m.text != "12"));
}

#[test]
fn city_budget_article() {
    let text = fixture("city_budget.txt");
    let ms = run("city_budget", &text, Some("2022-01-12"));

    let budget = find(&ms, Kind::Amount, "$2.1 billion");
    assert_eq!(
        (budget.value, budget.unit.as_deref()),
        (Some(2.1e9), Some("USD"))
    );
    assert_eq!(
        find(&ms, Kind::Amount, "15 million euros").unit.as_deref(),
        Some("EUR")
    );
    let jobs = find(&ms, Kind::Count, "more than 1,200");
    assert_eq!(
        (jobs.value, jobs.bound, jobs.unit.as_deref()),
        (Some(1200.0), Some(Bound::AtLeast), Some("new jobs"))
    );

    // Monday before Wednesday 2022-01-12; "early December" of the year before.
    assert_eq!(
        dates(find(&ms, Kind::Date, "on Monday")),
        ("2022-01-10".into(), "2022-01-10".into())
    );
    assert_eq!(
        dates(find(&ms, Kind::Date, "early December")),
        ("2021-12-01".into(), "2021-12-10".into())
    );
    assert_eq!(
        dates(find(&ms, Kind::Date, "Feb. 3")),
        ("2022-02-03".into(), "2022-02-03".into())
    );
    assert_eq!(
        dates(find(&ms, Kind::Date, "last year")),
        ("2021-01-01".into(), "2021-12-31".into())
    );
    assert_eq!(
        dates(find(&ms, Kind::Date, "the next five years")),
        ("2022-01-12".into(), "2027-01-12".into())
    );

    let ortega = find(
        &ms,
        Kind::Quote,
        "We are asking taxpayers to pay more for less,",
    );
    assert_eq!(ortega.speaker.as_deref(), Some("James Ortega"));
    // "He said the budget had grown by nearly 40 percent": He is Ortega.
    let growth = find(&ms, Kind::Percent, "nearly 40 percent");
    assert_eq!(
        (growth.bound, growth.speaker.as_deref()),
        (Some(Bound::AtMost), Some("James Ortega"))
    );
    let promise = find(&ms, Kind::Quote, "I will keep that promise,");
    assert_eq!(promise.speaker.as_deref(), Some("Linda Park"));
    let deficit = find(&ms, Kind::Amount, "$85 million");
    assert_eq!(
        deficit.speaker.as_deref(),
        Some("the city's finance office")
    );
}

#[test]
fn earnings_article_numbers_that_are_not_quantities() {
    let text = fixture("earnings.txt");
    let ms = run("earnings", &text, Some("2021-10-29"));

    // Not quantities: a disease name, an age, a time of day, a phone number, an address, a score.
    let counts: Vec<&str> = ms
        .iter()
        .filter(|m| m.kind == Kind::Count)
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(
        counts,
        ["2,400", "15,000", "500", "120", "about 20 million"]
    );
    assert_eq!(
        find(&ms, Kind::Count, "2,400").unit.as_deref(),
        Some("employees")
    );

    let revenue = find(&ms, Kind::Amount, "£1.5bn");
    assert_eq!(
        (revenue.value, revenue.unit.as_deref()),
        (Some(1.5e9), Some("GBP"))
    );
    assert_eq!(find(&ms, Kind::Percent, "12 per cent").value, Some(12.0));
    assert_eq!(revenue.subject.as_deref(), Some("Acme Corp"));
    // "a year earlier" than the third quarter of 2021 is the third quarter of 2020.
    let earlier = find(&ms, Kind::Date, "a year earlier");
    assert_eq!(dates(earlier), ("2020-07-01".into(), "2020-09-30".into()));
    assert_eq!(
        dates(find(&ms, Kind::Date, "H1 2020")),
        ("2020-01-01".into(), "2020-06-30".into())
    );
    let furlough = find(&ms, Kind::Duration, "up to six months");
    assert_eq!(
        (furlough.duration.as_deref(), furlough.bound),
        (Some("P6M"), Some(Bound::AtMost))
    );

    let quote = find(
        &ms,
        Kind::Quote,
        "We have never seen demand like this before,",
    );
    assert_eq!(quote.speaker.as_deref(), Some("Maria Gomez"));
    // "He added that the stock had tripled": He is the analyst quoted just before.
    let tripled = find(&ms, Kind::Ratio, "tripled");
    assert_eq!(tripled.speaker.as_deref(), Some("John Smith"));
}

#[test]
fn flood_plan_article_quote_conventions() {
    let text = fixture("flood_plan.txt");
    let ms = run("flood_plan", &text, Some("2022-05-05"));
    let speaker = |quote: &str| find(&ms, Kind::Quote, quote).speaker.clone();
    // A quote split by its attribution; "she" is the mayor named in apposition.
    assert_eq!(
        speaker("We will finish the barrier on time,").as_deref(),
        Some("Sarah Okafor")
    );
    assert_eq!(
        speaker("and we will keep every promise we made.").as_deref(),
        Some("Sarah Okafor")
    );
    // British single quotes with "said X" after them.
    assert_eq!(
        speaker("This barrier will not stop a serious storm,").as_deref(),
        Some("Tom Reed")
    );
    // A role before the name is not part of it.
    assert_eq!(
        find(&ms, Kind::Amount, "£12 million").speaker.as_deref(),
        Some("Li Wei")
    );
    // A quote left open at its paragraph's end: the speaker is named where it closes.
    assert_eq!(
        speaker("There is no plan B. If this fails, thousands of homes flood.").as_deref(),
        Some("Sarah Okafor")
    );
    let at_risk = find(&ms, Kind::Count, "nearly 5,000");
    assert_eq!(
        (at_risk.bound, at_risk.speaker.as_deref()),
        (Some(Bound::AtMost), Some("Environment Agency"))
    );
    // The headline's capitalized words are not a person.
    assert!(ms
        .iter()
        .all(|m| m.speaker.as_deref() != Some("Defends Flood Plan")));
}

#[test]
fn news_round_four_figures_fractions_multipliers_and_weights() {
    let text = "Almost half the harbour staff left. Well over a third of the boats stayed, and \
                two-thirds of the crews were paid. The new crane lifts more than twice the load of \
                the old one, which carried 119,000 pounds. The hull may last a billion years or so. \
                Authorities doubled down on inspections.";
    let ms = run("round4_figures", text, Some("2021-03-17"));
    let half = find(&ms, Kind::Percent, "Almost half");
    assert_eq!((half.value, half.bound), (Some(50.0), Some(Bound::AtMost)));
    let third = find(&ms, Kind::Percent, "Well over a third");
    assert_eq!(third.bound, Some(Bound::AtLeast));
    assert!((third.value.unwrap() - 33.333_333_333_3).abs() < 1e-6);
    assert_eq!(
        find(&ms, Kind::Percent, "two-thirds").bound,
        Some(Bound::Exact)
    );
    let twice = find(&ms, Kind::Ratio, "more than twice");
    assert_eq!(
        (twice.value, twice.bound),
        (Some(2.0), Some(Bound::AtLeast))
    );
    let years = find(&ms, Kind::Duration, "a billion years or so");
    assert_eq!(years.duration.as_deref(), Some("P1000000000Y"));
    assert_eq!(years.bound, Some(Bound::Approx));
    // A weight in an article that writes no pound sign, and a phrasal verb, are no claims.
    assert!(!ms.iter().any(|m| m.text.contains("119,000")), "{ms:#?}");
    assert!(!ms
        .iter()
        .any(|m| m.kind == Kind::Ratio && m.text == "doubled"));
}

#[test]
fn news_round_four_dates_quarters_stamps_and_headlines() {
    let text = "More Than 70 People Hurt In Harbour Blast\n\n\
                Updated: 2018-02-06 13:14\n\n\
                Acme said its profit rose 20 percent in the third quarter. Prices fell on 29 Dec \
                2017 and the filing was dated 2018-02-05. The team led 21-7 in the third quarter \
                of the game.";
    let ms = run("round4_dates", text, Some("2018-02-06"));
    let q = find(&ms, Kind::Date, "the third quarter");
    assert_eq!(dates(q), ("2017-07-01".into(), "2017-09-30".into()));
    assert_eq!(
        dates(find(&ms, Kind::Date, "29 Dec 2017")),
        ("2017-12-29".into(), "2017-12-29".into())
    );
    assert_eq!(
        dates(find(&ms, Kind::Date, "2018-02-05")),
        ("2018-02-05".into(), "2018-02-05".into())
    );
    // The page's stamp is no date of the story; a game's quarter is none either.
    assert!(!ms.iter().any(|m| m.text == "2018-02-06"), "{ms:#?}");
    assert_eq!(
        ms.iter()
            .filter(|m| m.kind == Kind::Date && m.text.contains("quarter"))
            .count(),
        1
    );
    let hurt = find(&ms, Kind::Count, "More Than 70");
    assert_eq!((hurt.value, hurt.bound), (Some(70.0), Some(Bound::AtLeast)));
}

#[test]
fn news_round_four_speakers() {
    let text = "Tunisia condemned the attack.\n\n\
                Tunisian President Jane Okoro called it a crime.\n\n\
                “We will be able to fight this. The best response is solidarity,” she said.\n\n\
                Ripple rose 5 percent, according to CoinTally. Ether was around 13.4 percent, the \
                website showed. Several people said the winner took a $20,000 jackpot. North \
                Harbour Council on Friday said it had spent $3 million.";
    let ms = run("round4_speakers", text, Some("2021-03-17"));
    let quote = ms.iter().find(|m| m.kind == Kind::Quote).expect("a quote");
    assert_eq!(quote.speaker.as_deref(), Some("Jane Okoro"));
    assert_eq!(
        find(&ms, Kind::Percent, "around 13.4 percent")
            .speaker
            .as_deref(),
        Some("CoinTally")
    );
    assert_eq!(
        find(&ms, Kind::Amount, "$20,000").speaker.as_deref(),
        Some("Several people")
    );
    // A date inside the subject is no part of the speaker's name.
    assert_eq!(
        find(&ms, Kind::Amount, "$3 million").speaker.as_deref(),
        Some("North Harbour Council")
    );
}

#[test]
fn relative_dates_without_a_publication_date_stay_unresolved() {
    let text = "The board met last week and again on Oct. 3, 2020.";
    let out = extract::extract(&Article::new("x", text));
    let last_week = find(&out.mentions, Kind::Date, "last week");
    assert_eq!((last_week.from, last_week.to), (None, None));
    assert!(out
        .diagnostics
        .iter()
        .any(|d| d.message.contains("publication date is unknown")));
    let absolute = find(&out.mentions, Kind::Date, "Oct. 3, 2020");
    assert_eq!(dates(absolute), ("2020-10-03".into(), "2020-10-03".into()));
}

/// When a statement was made is the article's account, not the speaker's claim (SCHEMA.md's
/// "own voice"; the seed gold gives such dates no speaker); a date among the words said keeps
/// the speaker.
#[test]
fn the_date_of_a_statement_has_no_speaker() {
    let text = "Harbour fire closes quay\n\n\
                Nine boats burned on Saturday, police said Sunday.\n\n\
                On Friday, the Norland Ferry Company said that crossings would resume in June.\n\n\
                Mayor Ines Vogt told reporters on Monday that the quay had reopened on Sunday.\n\n\
                Ines Vogt said she told the crews on Saturday.\n\n\
                Tolls had risen 12 percent since March, according to figures released in May.";
    let ms = run("statement_dates", text, Some("2021-06-08"));
    let speaker = |t: &str, nth: usize| {
        ms.iter()
            .filter(|m| m.kind == Kind::Date && m.text.ends_with(t))
            .nth(nth)
            .unwrap_or_else(|| panic!("no date {t:?}"))
            .speaker
            .clone()
    };
    // What was said: the fire's day, the resumption, the reopening, the telling reported.
    assert_eq!(speaker("Saturday", 0).as_deref(), Some("police"));
    assert_eq!(speaker("June", 0).as_deref(), Some("Norland Ferry Company"));
    assert_eq!(speaker("Sunday", 1).as_deref(), Some("Ines Vogt"));
    assert_eq!(speaker("Saturday", 1).as_deref(), Some("Ines Vogt"));
    assert!(speaker("March", 0).is_some_and(|s| s.starts_with("figures")));
    // When it was said.
    assert_eq!(speaker("Sunday", 0), None);
    assert_eq!(speaker("Friday", 0), None);
    assert_eq!(speaker("Monday", 0), None);
    assert_eq!(speaker("May", 0), None);
}

/// A relative clause describes in the article's words: a figure in one is not what the
/// sentence's speaker says, nor does a source inside one speak for the main clause
/// (SCHEMA.md: what the sentence attributes); an "according to" closing the sentence right
/// after the clause is its own source.
#[test]
fn a_relative_clause_and_the_attribution_outside_it_do_not_meet() {
    let text = "Dam works resume\n\n\
                The valley council said work would resume on the dam, which burst in 1987 \
                and flooded 40 farms.\n\n\
                Toll from the storm, in which 14 boats sank, rose to 9, the harbour master said.\n\n\
                Lena Brack, an engineer who built 12 bridges, said the dam needs 300 workers.\n\n\
                The board approved 45 new posts, which will be filled at once according to the plan.\n\n\
                The plant serves the town, which had 8,000 residents in 2015, according to the census office.";
    let ms = run("relative_clauses", text, Some("2021-06-08"));
    let speaker = |kind: Kind, t: &str| find(&ms, kind, t).speaker.clone();
    // In the relative clause: no one's words.
    assert_eq!(speaker(Kind::Date, "in 1987"), None);
    assert_eq!(speaker(Kind::Count, "40"), None);
    assert_eq!(speaker(Kind::Count, "14"), None);
    assert_eq!(speaker(Kind::Count, "12"), None);
    // In the main clause: the speaker's.
    assert!(speaker(Kind::Count, "9").is_some_and(|s| s.contains("harbour master")));
    assert_eq!(speaker(Kind::Count, "300").as_deref(), Some("Lena Brack"));
    // A source inside a relative clause speaks for it alone.
    assert_eq!(speaker(Kind::Count, "45"), None);
    // An "according to" right after the clause is the clause's source.
    assert!(speaker(Kind::Count, "8,000").is_some_and(|s| s.contains("census office")));
}

/// A spokesman is the spokesperson named before, and a spokesperson the spokesman
/// (`data/words/role-kinds.tsv`).
#[test]
fn the_spokesman_is_the_spokesperson_named_before() {
    let text = "Ferry line adds crossings\n\n\
                Norland Ferries spokesperson Ada Vinter told the Harbour Post that the line \
                would add crossings.\n\n\
                The spokesman said the new boats carry 300 cars each.";
    let ms = run("spokesperson", text, Some("2021-06-08"));
    assert_eq!(
        find(&ms, Kind::Count, "300").speaker.as_deref(),
        Some("Ada Vinter")
    );
}

/// Only the sentence counts: the sentence after an attribution, with none of its own, is
/// the article's voice, also when its subject is a pronoun for the one who just spoke; what
/// it says he wants or thinks is his.
#[test]
fn the_sentence_after_an_attribution_is_the_articles_voice() {
    let text = "Mill to close\n\n\
                The mill will close in June, owner Tomas Weller said. The mill opened in 1952 \
                with 40 workers.\n\n\
                The site will be sold, Weller said. He wants to keep 12 of the workers on.\n\n\
                The land is worth little, Weller said. He bought it in 1990.";
    let ms = run("next_sentence", text, Some("2021-03-08"));
    assert_eq!(
        find(&ms, Kind::Date, "in June").speaker.as_deref(),
        Some("Tomas Weller")
    );
    assert_eq!(find(&ms, Kind::Date, "in 1952").speaker, None);
    assert_eq!(find(&ms, Kind::Count, "40").speaker, None);
    assert_eq!(
        find(&ms, Kind::Count, "12").speaker.as_deref(),
        Some("Tomas Weller")
    );
    assert_eq!(find(&ms, Kind::Date, "in 1990").speaker, None);
}

/// A figure in a predicate of its own before "and said" tells what the subject did, in the
/// article's words; the words said come after the verb.
#[test]
fn a_figure_before_and_said_is_what_the_subject_did() {
    let text = "Singer's son born\n\n\
                The singer welcomed her son on May 2 and said it was the best day of 2021.\n\n\
                The coach was taken to hospital in 2019 and later revealed that he had \
                lost 9 kilos.";
    let ms = run("and_said", text, Some("2021-06-08"));
    let speaker = |kind: Kind, t: &str| find(&ms, kind, t).speaker.clone();
    assert_eq!(speaker(Kind::Date, "May 2"), None);
    assert_eq!(speaker(Kind::Date, "in 2019"), None);
    assert!(speaker(Kind::Date, "2021").is_some_and(|s| s.contains("singer")));
}

/// "in an interview on Friday", "in written remarks issued on Monday": the date of the
/// occasion of saying is the article's account (`data/words/occasion-nouns.txt`); a date in
/// the words said keeps the speaker.
#[test]
fn the_date_of_an_interview_has_no_speaker() {
    let text = "Quay to reopen\n\n\
                “We will open the quay again,” Ines Vogt said in written remarks issued on \
                Monday. “The crews have done their work.”\n\n\
                “We need the boats back,” Vogt said, referring to the crews, in an interview on \
                Friday with the local radio.\n\n\
                The chairman of the harbour union, Otto Brand, criticized the plan in an \
                interview with a local paper this week, saying: “Nobody asked the crews what they \
                wanted.”\n\n\
                Vogt revealed she would join the ferry board in a short online video in \
                May.\n\n\
                Vogt said in a statement that the quay had closed on Tuesday and would cost 40 \
                jobs.";
    let ms = run("occasions", text, Some("2021-06-07"));
    let speaker = |kind: Kind, t: &str| find(&ms, kind, t).speaker.clone();
    assert_eq!(speaker(Kind::Date, "on Monday"), None);
    assert_eq!(speaker(Kind::Date, "on Friday"), None);
    assert_eq!(speaker(Kind::Date, "this week"), None);
    assert_eq!(speaker(Kind::Date, "in May"), None);
    // In the words said: the speaker's.
    assert_eq!(
        speaker(Kind::Date, "on Tuesday").as_deref(),
        Some("Ines Vogt")
    );
    assert_eq!(speaker(Kind::Count, "40").as_deref(), Some("Ines Vogt"));
}

/// Documents that show a figure speak it (`data/lexicon/source_anaphors.txt`); a video
/// that shows people does not.
#[test]
fn the_documents_show_and_speak() {
    let text = "Fund papers\n\n\
                The documents further show that an obscure holding shifted some $17 million \
                through the fund between 2013 and 2015.\n\n\
                A video shows 15 of the miners.";
    let ms = run("documents", text, Some("2021-06-07"));
    let speaker = |kind: Kind, t: &str| find(&ms, kind, t).speaker.clone();
    assert!(speaker(Kind::Amount, "some $17 million").is_some_and(|s| s.ends_with("documents")));
    assert!(speaker(Kind::Date, "between 2013 and 2015").is_some_and(|s| s.ends_with("documents")));
    assert_eq!(speaker(Kind::Count, "15"), None);
}

#[test]
fn offsets_count_code_points_not_bytes() {
    let text = "Über 区块链 — “Der Plan kostet uns alles,” sagte sie. The fund holds €3 billion.";
    let ms = run("x", text, Some("2020-01-01"));
    let chars: Vec<char> = text.chars().collect();
    assert!(!ms.is_empty());
    for m in &ms {
        let at: String = chars[m.start..m.end].iter().collect();
        assert_eq!(at, m.text);
    }
}

#[test]
fn empty_and_figure_free_text_yield_nothing() {
    assert!(run("x", "", None).is_empty());
    assert!(run("x", "\n\n   \n", None).is_empty());
    assert!(run("x", "The committee met and talked about the plan.", None).is_empty());
}

/// A small deterministic generator, so the test needs no dependency and fails the same way
/// every time.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn no_input_makes_extraction_panic() {
    // Fragments that exercise every rule, shuffled and cut at random places.
    let pieces = [
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "'",
        "$",
        "US$",
        "€",
        "%",
        " percent",
        " times",
        "-",
        "–",
        ",",
        ".",
        ":",
        "\n",
        "\n\n",
        " 3",
        " 3,500",
        " 9.2",
        " million",
        " billion",
        "bn",
        " two",
        " dozens",
        " over",
        " almost",
        " Oct.",
        " 24",
        " 2019",
        " Monday",
        " last",
        " week",
        " ago",
        " later",
        " the",
        " end",
        " of",
        " mid-",
        "October",
        " said",
        " he",
        " Mr.",
        " Smith",
        " according to",
        " RZ:",
        " a",
        " professor",
        " who",
        " ‘",
        "區塊鏈",
        " Q2",
        " half",
        " year",
        " the first half of",
        " more than",
        " doubled",
        " ",
        "Related Posts",
        "\t",
        "(",
        ")",
        "[",
        "]",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..3000 {
        let n = (rng.next() % 60) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(pieces[(rng.next() % pieces.len() as u64) as usize]);
        }
        let published = (round % 2 == 0).then(|| day("2019-11-06"));
        let out = extract::extract(&article("fuzz", &text, published));
        let chars: Vec<char> = text.chars().collect();
        for m in &out.mentions {
            assert!(m.start <= m.end && m.end <= chars.len(), "{text:?}");
            let at: String = chars[m.start..m.end].iter().collect();
            assert_eq!(at, m.text, "{text:?}");
        }
    }
}

/// A "most read" list flattened into one line, and an outlet's note of a correction, are page
/// furniture (`data/lexicon/furniture.tsv`): their figures and dates are nobody's claims.
#[test]
fn most_read_lists_and_amendment_notes_yield_nothing() {
    let list =
        "STAR SIGNS FOR TWO CLUBS Coach quits after an HOUR 'WE ARE BACK FOR GOOD' ".repeat(4);
    let text = format!(
        "Acme sold 40 cars.\n\nMost Read In Sport {list}\n\nRivals sold 12 cars.\n\n• This \
         article was amended on 3 May 2020. An earlier version gave the year as 1990.\n"
    );
    let got: Vec<String> = run("furniture", &text, Some("2020-05-01"))
        .into_iter()
        .map(|m| m.text)
        .collect();
    assert_eq!(got, ["40", "12"]);
}

/// One expected mention of a checklist row: its kind, the span it overlaps, and the values.
struct Expected<'a> {
    kind: &'a str,
    span: (usize, usize),
    label: &'a str,
    args: Vec<&'a str>,
    unit: Option<&'a str>,
}

/// The expected mentions of a checklist row, spans found in `text` in order (byte offsets).
fn checklist_expected<'a>(text: &str, expect: &'a str) -> Vec<Expected<'a>> {
    if expect.trim() == "none" {
        return Vec::new();
    }
    let mut from = 0;
    expect
        .split(" ; ")
        .map(|item| {
            let (kind, rest) = item.trim().split_once(" [").expect(item);
            let (label, rest) = rest.split_once(']').expect(item);
            let (rest, unit) = match rest.split_once('{') {
                Some((r, u)) => (r, Some(u.trim_end_matches('}'))),
                None => (rest, None),
            };
            let at = text[from..]
                .find(label)
                .map(|s| s + from)
                .or_else(|| text.find(label))
                .expect(label);
            from = at;
            Expected {
                kind,
                span: (at, at + label.len()),
                label,
                args: rest.split_whitespace().collect(),
                unit,
            }
        })
        .collect()
}

/// What is wrong with the figures and dates `got` against `want` (empty when all agree).
fn checklist_problems(text: &str, got: &[Mention], want: &[Expected]) -> Vec<String> {
    let byte = |cp: usize| text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b);
    let mut used = vec![false; got.len()];
    let mut problems = Vec::new();
    for w in want {
        let hit = got.iter().enumerate().position(|(i, m)| {
            !used[i]
                && m.kind.to_string() == w.kind
                && byte(m.start) < w.span.1
                && w.span.0 < byte(m.end)
        });
        let Some(i) = hit else {
            problems.push(format!("missed {} [{}]", w.kind, w.label));
            continue;
        };
        used[i] = true;
        let m = &got[i];
        let bound = m.bound.map(|b| b.as_str().to_owned()).unwrap_or_default();
        let wrong = match w.kind {
            "date" => dates(m) != (w.args[0].to_owned(), w.args[1].to_owned()),
            "duration" => m.duration.as_deref() != Some(w.args[0]) || bound != w.args[1],
            _ => {
                let value: f64 = w.args[0].parse().unwrap();
                m.value
                    .is_none_or(|v| (v - value).abs() > 1e-6 * value.abs().max(1e-9))
                    || bound != w.args[1]
                    || w.unit.is_some_and(|u| {
                        m.unit.as_deref().map(str::to_lowercase) != Some(u.to_lowercase())
                    })
            }
        };
        if wrong {
            problems.push(format!("{} [{}] read as {m:?}", w.kind, w.label));
        }
    }
    for (m, _) in got.iter().zip(&used).filter(|(_, u)| !**u) {
        problems.push(format!("spurious {} [{}]", m.kind, m.text));
    }
    problems
}

/// The checklist of the forms news writing uses (`tests/fixtures/checklist.tsv`, invented
/// sentences): each row's figures and dates, and nothing else, with the values SCHEMA.md
/// gives them.
#[test]
fn the_forms_news_uses_for_dates_and_figures() {
    let table = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/checklist.tsv"),
    )
    .unwrap();
    let mut failures = Vec::new();
    let mut rows = 0;
    for line in table
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let [id, published, text, expect] = cols[..] else {
            panic!("a checklist row has four columns: {line:?}");
        };
        rows += 1;
        let got: Vec<Mention> = run(id, text, Some(published))
            .into_iter()
            .filter(|m| m.kind != Kind::Quote)
            .collect();
        let problems = checklist_problems(text, &got, &checklist_expected(text, expect));
        if !problems.is_empty() {
            failures.push(format!("{id} {text}\n    {}", problems.join("\n    ")));
        }
    }
    assert!(rows >= 60, "the checklist has {rows} rows");
    assert!(
        failures.is_empty(),
        "{} of {rows} checklist rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Whether a speaker agrees with the one a reader gives, by the eval's rule: equal but for
/// case, or holding the expected speaker's last word as a word of its own.
fn speaker_agrees(expected: &str, got: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    expected.eq_ignore_ascii_case(got)
        || words(expected)
            .last()
            .is_some_and(|last| words(got).contains(last))
}

/// The forms of attribution news writing uses (wire copy, broadsheets, tabloids, broadcast
/// transcripts, business and tech press), each in an invented sentence, with the speaker
/// `data/gold/SCHEMA.md` gives the quote or the figure named (None: the article's own voice).
/// A row names the form, the text, the mention's text (a quote's words without their marks,
/// or a figure or date) and the speaker.
///
/// Forms not yet read right, left out of the table: "In the words of Jane Roe, “...”" (no
/// verb of saying: the quote is not found); a dash and a name on the quote's own line ("“...”
/// — Jane Roe, resident"; on the next line it is read); "Figures from the Avel statistics
/// office show" (the place in the body's name is given); an interview's answers without
/// labels after "We spoke to Jane Roe" (no speaker).
#[test]
fn attribution_forms_checklist() {
    #[rustfmt::skip]
    let forms: &[(&str, &str, &str, Option<&str>)] = &[
        ("said-colon-before", "Hedda Sorvik said: “The ferry will run again before the end of the month.”", "The ferry will run again before the end of the month.", Some("Hedda Sorvik")),
        ("quote-name-said", "“The ferry will run again before the end of the month,” Hedda Sorvik said.", "The ferry will run again before the end of the month,", Some("Hedda Sorvik")),
        ("quote-said-name", "“The ferry will run again before the end of the month,” said Hedda Sorvik.", "The ferry will run again before the end of the month,", Some("Hedda Sorvik")),
        ("split-quote-second-half", "“The ferry will run again,” Hedda Sorvik said, “but not before the end of the month.”", "but not before the end of the month.", Some("Hedda Sorvik")),
        ("name-said-middle-figure", "The ferry, Benedikt Aurel said, carried 900 passengers a day.", "900", Some("Benedikt Aurel")),
        ("long-apposition-quote", "“We have never had a winter like this one,” said Brannock Teale, the 54-year-old deputy director of the Harrowgate Water Board's office in Lesk.", "We have never had a winter like this one,", Some("Brannock Teale")),
        ("long-apposition-figure", "The reservoir lost 18 percent of its water, said Brannock Teale, the 54-year-old deputy director of the Harrowgate Water Board's office in Lesk.", "18 percent", Some("Brannock Teale")),
        ("apposition-before-verb", "Brannock Teale, the deputy director of the Harrowgate Water Board, said: “We will ration water from Monday.”", "We will ration water from Monday.", Some("Brannock Teale")),
        ("according-to-start", "According to Orla Fennimore, the harbour master, 37 boats were damaged.", "37", Some("Orla Fennimore")),
        ("according-to-end", "Some 37 boats were damaged, according to the Lesk harbour authority.", "Some 37", Some("the Lesk harbour authority")),
        ("according-to-statement", "Nine flights were cancelled, according to a statement from Lesk Airport.", "Nine", Some("Lesk Airport")),
        ("told-quote", "“Nobody warned us about the flood,” Tamsin Ruel told the Lesk Courier.", "Nobody warned us about the flood,", Some("Tamsin Ruel")),
        ("told-that-figure", "Tamsin Ruel told the Lesk Courier that 60 families had lost their homes.", "60", Some("Tamsin Ruel")),
        ("told-reporters-date", "Tamsin Ruel told reporters on Monday that 60 families had lost their homes.", "on Monday", None),
        ("told-surname-later", "Della Quarrie opened the bakery in Lesk.\n\nQuarrie told the Lesk Courier she had 14 staff.", "14", Some("Della Quarrie")),
        ("added-surname", "“Nobody warned us,” Tamsin Ruel said. “We lost everything in a single night,” Ruel added.", "We lost everything in a single night,", Some("Tamsin Ruel")),
        ("noted-that", "Tamsin Ruel runs the shelter. Ruel noted that insurance covered only 40 percent of the damage.", "40 percent", Some("Tamsin Ruel")),
        ("warned-that", "Garrick Oduya warned that prices could rise by 15 percent.", "15 percent", Some("Garrick Oduya")),
        ("warned-next-year", "Garrick Oduya warned that prices could rise again next year.", "next year", Some("Garrick Oduya")),
        ("insisted", "“We did nothing wrong at any point,” Garrick Oduya insisted.", "We did nothing wrong at any point,", Some("Garrick Oduya")),
        ("who-clause-said-figure", "Wenna Halloran, who has led the union since 2019, said the strike would last three days.", "three days", Some("Wenna Halloran")),
        ("who-clause-own-date", "Wenna Halloran, who has led the union since 2019, said the strike would last three days.", "since 2019", None),
        ("run-of-quotes", "Ambrose Kettering, the head of the Lesk lifeboat crew, described the rescue.\n\n“The waves were higher than the mast.”\n\n“We pulled nine people out of the water in an hour.”", "We pulled nine people out of the water in an hour.", Some("Ambrose Kettering")),
        ("quote-over-paragraphs", "Ambrose Kettering described the rescue: “The waves were higher than the mast and the wind kept rising.\n\n“We pulled nine people out of the water in an hour.”", "We pulled nine people out of the water in an hour.", Some("Ambrose Kettering")),
        ("figure-in-run-of-quotes", "Ambrose Kettering, the head of the Lesk lifeboat crew, described the rescue.\n\n“The waves were higher than the mast.”\n\n“We pulled nine people out of the water in an hour.”", "nine", Some("Ambrose Kettering")),
        ("company-statement", "Corravel Foods said on Monday it would close its plant in Lesk.\n\n“We regret the impact this will have on our staff,” the company said in a statement.", "We regret the impact this will have on our staff,", Some("Corravel Foods")),
        ("company-figure-in-quote", "Corravel Foods said on Monday it would close its plant in Lesk.\n\n“We regret the impact on our 300 workers,” the company said in a statement.", "300", Some("Corravel Foods")),
        ("police-said", "Two men were arrested at the scene, police said.", "Two", Some("police")),
        ("statement-from-said", "A statement from the Lesk county council said 14 roads remained closed.", "14", Some("the Lesk county council")),
        ("in-a-statement-x-said", "In a statement, Vantor Energy said 8,000 homes were without power.", "8,000", Some("Vantor Energy")),
        ("owner-spokesman-said", "Vantor Energy's spokesman said power would be back within 48 hours.", "within 48 hours", Some("Vantor Energy's spokesman")),
        ("report-said", "The report said 30 percent of the bridges needed repair.", "30 percent", Some("The report")),
        ("person-familiar", "“The talks are close to collapse,” said a person familiar with the negotiations.", "The talks are close to collapse,", Some("a person familiar with the negotiations")),
        ("one-official", "One official said at least 20 trucks had crossed the border.", "at least 20", Some("One official")),
        ("a-source-told-paper", "A source told the Sunbeam: “She is devastated and has not left the house in three days.”", "She is devastated and has not left the house in three days.", Some("A source")),
        ("spokesperson-told-site", "A Vantor spokesperson told Gadgetline that the update would reach 90 percent of users.", "90 percent", Some("A Vantor spokesperson")),
        ("she-one-person", "Marit Ellsworth opened the new library on Friday. “Books change lives for good,” she said.", "Books change lives for good,", Some("Marit Ellsworth")),
        ("he-two-people-mixed", "Marit Ellsworth and her deputy, Colm Trevanion, toured the site. “The roof is finished at last,” he said.", "The roof is finished at last,", Some("Colm Trevanion")),
        ("she-two-people-mixed", "Colm Trevanion and his deputy, Marit Ellsworth, toured the site. “The roof is finished at last,” she said.", "The roof is finished at last,", Some("Marit Ellsworth")),
        ("he-two-men-subject", "Colm Trevanion met Ivo Brask in Lesk on Monday. “We agreed on nothing at all,” he said.", "We agreed on nothing at all,", Some("Colm Trevanion")),
        ("he-three-people", "Colm Trevanion, Ivo Brask and Sela Morrow spoke at the forum. Brask drew the loudest applause. “We must build more homes,” he said.", "We must build more homes,", Some("Ivo Brask")),
        ("she-titles", "Mr. Aurel and Ms. Lasker met on Friday. “We agreed on a plan for the harbour,” she said.", "We agreed on a plan for the harbour,", Some("Lasker")),
        ("she-added-figure", "Marit Ellsworth opened the new library on Friday. She added that it holds 20,000 books.", "20,000", Some("Marit Ellsworth")),
        ("the-spokesman", "Hal Brennick, a spokesman for Vantor Energy, confirmed the outage.\n\n“Crews are working through the night,” the spokesman said.", "Crews are working through the night,", Some("Hal Brennick")),
        ("the-minister", "Interior Minister Oona Lasker visited the flooded towns on Tuesday.\n\n“Help is on the way to every town,” the minister said.", "Help is on the way to every town,", Some("Oona Lasker")),
        ("title-inverted", "“Officers arrived within four minutes,” said Detective Superintendent Ravi Kellaway.", "Officers arrived within four minutes,", Some("Ravi Kellaway")),
        ("title-dr-surname", "Dr. Ines Volk leads the study. “We saw the effect in every single patient,” Dr. Volk said.", "We saw the effect in every single patient,", Some("Ines Volk")),
        ("full-name-then-surname-figure", "Benedikt Aurel runs the ferry company. Aurel said 12 crossings had been cancelled.", "12", Some("Benedikt Aurel")),
        ("transcript-label", "Priya Nandakumar is the mayor of Lesk.\n\nHOST: How bad is it?\n\nNANDAKUMAR: We counted 70 houses under water.", "70", Some("Priya Nandakumar")),
        ("transcript-full-label", "SELA MORROW, HOST:\n\nHow many boats went out?\n\nIVO BRASK: About 40 boats went out that morning.", "About 40", Some("Ivo Brask")),
        ("wrote-on-twitter", "Lesk Mayor Priya Nandakumar wrote on Twitter: “All schools will stay closed tomorrow.”", "All schools will stay closed tomorrow.", Some("Priya Nandakumar")),
        ("post-on-facebook", "The bakery will close after 40 years, owner Della Quarrie said in a post on Facebook.", "after 40 years", Some("Della Quarrie")),
        ("reported-speech", "Benedikt Aurel said the company would hire 200 more crew.", "200", Some("Benedikt Aurel")),
        ("said-weekday", "Oona Lasker said Tuesday that 40 soldiers would arrive.", "40", Some("Oona Lasker")),
        ("said-weekday-date", "Oona Lasker said Tuesday that 40 soldiers would arrive.", "Tuesday", None),
        ("said-adding", "Lesk will need five years to recover, said Oona Lasker, adding that the state would pay.", "five years", Some("Oona Lasker")),
        ("interview-with", "“I will not run again next year,” Oona Lasker said in an interview with the Lesk Courier.", "I will not run again next year,", Some("Oona Lasker")),
        ("business-call", "“We see strong demand in Asia,” chief executive Lorna Pyke told analysts on a conference call.", "We see strong demand in Asia,", Some("Lorna Pyke")),
        ("business-article-voice", "Shares in Vantor fell 6 percent after the company said profits would halve.", "6 percent", None),
        ("officials-said", "Officials said 25 people were rescued.", "25", Some("Officials")),
        ("two-named-speakers", "“Our side is ready for the talks,” Hal Brennick and Oona Lasker said in a joint statement.", "Our side is ready for the talks,", Some("Hal Brennick and Oona Lasker")),
        ("tabloid-age", "Heartbroken mum Kerry Ashdown, 34, said: “He was my whole world.”", "He was my whole world.", Some("Kerry Ashdown")),
        ("wire-dateline", "LESK, Norvania (Coastwire) - At least 11 people died when a bus left the road, police said on Sunday.", "At least 11", Some("police")),
        ("headline-no-speaker", "Storm closes 12 schools in Lesk\n\nA storm closed schools across the county on Monday.", "12", None),
        ("headline-says", "Lesk mayor says 70 houses under water\n\nThe river burst its banks on Monday.", "70", Some("Lesk mayor")),
        ("caption-strip", "Pictured: Oona Lasker at the scene on Monday\n\nThe storm damaged 40 homes in the town.", "40", None),
        ("later-not-a-name", "Later, officials said 12 roads had reopened.", "12", Some("officials")),
        ("adjective-not-a-name", "Furious residents said the council had ignored 30 complaints.", "30", Some("Furious residents")),
        ("said-role-before-name", "“The water rose faster than anyone expected,” said Lesk harbour master Orla Fennimore.", "The water rose faster than anyone expected,", Some("Orla Fennimore")),
        ("said-name-who", "“The water rose faster than anyone expected,” said Orla Fennimore, who has worked at the port for 30 years.", "The water rose faster than anyone expected,", Some("Orla Fennimore")),
        ("said-name-of", "“It was a masterpiece from start to finish,” said Ines Volk of the film.", "It was a masterpiece from start to finish,", Some("Ines Volk")),
        ("question-asked", "“Who is going to pay for all of this?” Ines Volk asked.", "Who is going to pay for all of this?", Some("Ines Volk")),
        ("name-age-said", "“I heard a bang and ran outside,” Kerry Ashdown, 34, said.", "I heard a bang and ran outside,", Some("Kerry Ashdown")),
        ("single-quotes-british", "‘The wind turned at the last minute,’ said Ines Volk.", "The wind turned at the last minute,", Some("Ines Volk")),
        ("straight-quotes", "\"The wind turned at the last minute,\" said Ines Volk.", "The wind turned at the last minute,", Some("Ines Volk")),
        ("says-end-figure", "Prices will rise 5 percent this year, Ines Volk says.", "5 percent", Some("Ines Volk")),
        ("speaking-to-reporters", "Speaking to reporters in Lesk, Ola Berg said 30 people were hurt.", "30", Some("Ola Berg")),
        ("said-on-twitter-that", "Ola Berg said on Twitter that 30 people were hurt.", "30", Some("Ola Berg")),
        ("tweeted-that", "Ola Berg tweeted that 30 people were hurt.", "30", Some("Ola Berg")),
        ("in-a-post-wrote", "In a post on Instagram, Ola Berg wrote: “Thirty of our neighbours are in hospital tonight.”", "Thirty of our neighbours are in hospital tonight.", Some("Ola Berg")),
        ("estimated-at", "Ola Berg estimated the damage at $2 million.", "$2 million", Some("Ola Berg")),
        ("office-said", "The mayor's office said in a statement that 40 streets were flooded.", "40", Some("The mayor's office")),
        ("fire-service-said-end", "More than 30 people were hurt, the Lesk fire service said in a statement.", "More than 30", Some("the Lesk fire service")),
        ("said-spokesman-name-end", "More than 30 people were hurt, said Lesk fire service spokesman Ola Berg.", "More than 30", Some("Ola Berg")),
        ("spokesperson-for-said", "A spokesperson for the Lesk fire service said 30 people were hurt.", "30", Some("A spokesperson for the Lesk fire service")),
        ("declined-but-said", "Ola Berg, a spokesman for the fire service, declined to comment on the cause but said 30 people were hurt.", "30", Some("Ola Berg")),
        ("police-in-place", "Police in Lesk said 14 people were arrested.", "14", Some("police")),
        ("agency-reported", "Coastwire reported that 14 people were arrested.", "14", Some("Coastwire")),
        ("state-media-reported", "State media reported that 14 people were arrested.", "14", Some("State media")),
        ("quoted-as-saying", "Coastwire quoted Ola Berg as saying that 30 people were hurt.", "30", Some("Ola Berg")),
        ("anonymity", "An official who would not give her name said 12 soldiers were killed.", "12", Some("An official")),
        ("two-people-familiar", "Two people familiar with the plan said the deal was worth $3 billion.", "$3 billion", Some("Two people familiar with the plan")),
        ("sources-told", "Sources told Coastwire that the deal was worth $3 billion.", "$3 billion", Some("Sources")),
        ("kin-apposition", "The boy's mother, Ana Lenk, said: “He was gone for less than a minute.”", "He was gone for less than a minute.", Some("Ana Lenk")),
        ("age-epithet", "Kerry Ashdown, 34, lost her home in the fire.\n\n“I have nothing left at all,” the 34-year-old said.", "I have nothing left at all,", Some("Kerry Ashdown")),
        ("former-minister-epithet", "Former finance minister Ivo Brask attacked the plan.\n\n“This budget will ruin the farms,” the former minister said.", "This budget will ruin the farms,", Some("Ivo Brask")),
        ("next-quote-same-paragraph", "Ines Volk said the results were clear. “We saw it in every single patient.”", "We saw it in every single patient.", Some("Ines Volk")),
        ("next-sentence-article-voice", "Ines Volk said 30 patients took part. The trial will grow to 300 patients.", "300", None),
        ("called-it", "Ines Volk called the ruling “a disgrace to the whole court”.", "a disgrace to the whole court", Some("Ines Volk")),
        ("saying-colon", "Ines Volk posted a video on Monday, saying: “We will not give up the fight.”", "We will not give up the fight.", Some("Ines Volk")),
        ("she-continues-quote", "“We were lucky,” Ines Volk said. “The wind turned at the very last minute.”", "The wind turned at the very last minute.", Some("Ines Volk")),
        ("he-after-woman-quote", "Ines Volk, the mayor, spoke first. Then her deputy, Dag Orrin, took the stage.\n\n“We will rebuild every house,” he said.", "We will rebuild every house,", Some("Dag Orrin")),
        ("meanwhile-police", "Meanwhile, police said 12 cars were set alight.", "12", Some("police")),
        ("separately-ministry", "Separately, the ministry said 12 schools would close.", "12", Some("the ministry")),
        ("angry-locals", "Angry locals said 30 homes had been flooded twice.", "30", Some("Angry locals")),
        ("eyewitnesses", "Eyewitnesses said at least 10 shots were fired.", "at least 10", Some("Eyewitnesses")),
        ("headline-colon-figures", "Lesk flood: 70 houses under water\n\nThe river burst its banks on Monday.", "70", None),
        ("caption-credit", "Firefighters at the scene in Lesk, where 30 people were hurt. Photograph: Ada Mirren/Coastwire\n\nThe fire started on Sunday.", "30", None),
        ("according-to-data", "Sales fell 12 percent in May, according to data from Corvex Analytics.", "12 percent", Some("Corvex Analytics")),
        ("said-x-according-to-y", "Ola Berg said 30 people were hurt, according to the Lesk Courier.", "30", Some("Ola Berg")),
        ("count-opening-described-group", "Two people familiar with the plan said the deal was worth $3 billion.", "Two", None),
        ("counted-officials", "Three senior officials told Coastwire that 40 tanks had crossed the river.", "40", Some("Three senior officials")),
        ("body-short-then-full-name", "Seven people were arrested, according to the Varnholt Police Department.\n\n“We urge everyone to stay alert,” Varnholt police said in a statement.", "We urge everyone to stay alert,", Some("Varnholt Police Department")),
        ("body-full-name-possessive", "The Varnholt Police Department's fraud unit led the raid.\n\nVarnholt police said 12 cars were seized.", "12", Some("Varnholt Police Department")),
        ("body-full-name-with-of", "The Northern Consortium of Civic Auditors published its list on Monday.\n\nAt least eight mayors were named, the Northern Consortium said.", "At least eight", Some("Northern Consortium of Civic Auditors")),
        ("surname-misspelt", "Engineer Ivo Brannicker leads the team.\n\n“We built the whole thing in a year,” says Branicker.", "We built the whole thing in a year,", Some("Ivo Brannicker")),
        ("according-to-report-by", "Officials moved more than $5 billion abroad, according to a 2014 report by the Norvanian Central Bank.", "more than $5 billion", Some("Norvanian Central Bank")),
        ("the-report-of-reporter", "Coastwire reported on Monday that tankers had crossed the strait.\n\nAccording to the report, the tankers made at least five crossings in May.", "at least five", Some("Coastwire")),
        ("reported-that-y-said", "Coastwire reported that Ola Berg said: “We lost 30 boats in one night.”", "We lost 30 boats in one night.", Some("Ola Berg")),
        ("according-to-x-y-told", "According to Ola Berg, Ivo Brask told her to “leave the harbour within two hours or lose the boat.”", "leave the harbour within two hours or lose the boat.", Some("Ivo Brask")),
        ("name-comma-who-said", "We hope he agrees with Lesk Mayor Ola Berg, who said he hoped the visit would open three new routes.", "three", Some("Ola Berg")),
        ("document-highlighted-how", "The memo also highlighted how only 7 of the 52 grants went to women.", "7", Some("The memo")),
        ("apposition-comma-left-out", "Ines Volk spoke first.\n\n“We logged 260 calls from the coast,” Ola Berg, a duty officer at the Lesk Weather Office told Coastwire.", "We logged 260 calls from the coast,", Some("Ola Berg")),
        ("event-highlighted-object", "The storm highlighted the weak sea walls built over 40 years.", "40 years", None),
    ];
    let mut failures = Vec::new();
    for (i, (form, text, needle, expected)) in forms.iter().enumerate() {
        let ms = run(&format!("form{i}"), text, Some("2031-03-14"));
        let m = ms.iter().find(|m| m.text == *needle).or_else(|| {
            ms.iter()
                .find(|m| m.text.contains(needle) || needle.contains(m.text.as_str()))
        });
        let Some(m) = m else {
            failures.push(format!("{form}: no mention {needle:?}"));
            continue;
        };
        let right = match (expected, m.speaker.as_deref()) {
            (None, got) => got.is_none(),
            (Some(e), Some(got)) => speaker_agrees(e, got),
            (Some(_), None) => false,
        };
        if !right {
            failures.push(format!(
                "{form}: {needle:?} spoken by {:?}, expected {expected:?}",
                m.speaker
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} forms read right; wrong:\n{}",
        forms.len() - failures.len(),
        forms.len(),
        failures.join("\n")
    );
}

#[test]
fn an_embedded_posts_dates_are_told_from_the_day_of_the_post() {
    // Published in January; the post, signed on its line, was written on 2 December (a
    // Saturday): its "start on Monday", told in the present, is the Monday after it.
    let text = "Orvel Rail hopes to open the line soon.\n\n\
                The new line opens next month from the east yard. Trains start on Monday. \
                — Ada Roe (@adaroe_rail) December 2, 2017\n\n\
                The firm said the line opens next month.";
    let ms = run("post", text, Some("2018-01-10"));
    let told: Vec<(String, String)> = ms
        .iter()
        .filter(|m| m.kind == Kind::Date)
        .map(|m| (m.text.clone(), dates(m).0))
        .collect();
    assert_eq!(
        told,
        [
            ("next month".to_owned(), "2018-01-01".to_owned()),
            ("on Monday".to_owned(), "2017-12-04".to_owned()),
            ("December 2, 2017".to_owned(), "2017-12-02".to_owned()),
            ("next month".to_owned(), "2018-02-01".to_owned()),
        ]
    );
}

#[test]
fn a_tabloid_lede_in_capitals_names_no_speaker() {
    // The lede's first word in capitals is a word the article also writes in lower case; an
    // acronym it never writes so is still a name.
    let text = "Savers hit in bank breach\n\n\
                CREDIT monitoring firm Tallis has admitted 40,000 savers were hit, and advises a \
                credit check.\n\n\
                NASA said the probe had 3 faults.";
    let ms = run("lede", text, Some("2019-05-02"));
    assert_eq!(
        find(&ms, Kind::Count, "40,000").speaker.as_deref(),
        Some("Tallis")
    );
    assert_eq!(find(&ms, Kind::Count, "3").speaker.as_deref(), Some("NASA"));
}

#[test]
fn audit_round_figures_measures_list_numbers_and_lengths() {
    // Units of power, energy and data measure a thing; none counts it.
    let text = "The new ferry stores 64 kWh in its hull, turns out 310 hp and keeps 128 GB of \
                charts. The farm adds 2 GW by spring.";
    let ms = run("audit_measures", text, Some("2021-03-17"));
    for n in ["64", "310", "128", "2"] {
        assert!(
            !ms.iter().any(|m| m.kind == Kind::Count && m.text == n),
            "{n}: {ms:#?}"
        );
    }

    // A list item's number heading its line is no count; a count on the next line still is.
    let text = "How to plan a garden\n\n1. Pick a sunny corner\n\n2) Test the soil first\n\n\
                The club planted 14 trees.";
    let ms = run("audit_list", text, Some("2021-03-17"));
    assert!(
        !ms.iter()
            .any(|m| m.kind == Kind::Count && (m.text == "1" || m.text == "2")),
        "{ms:#?}"
    );
    assert_eq!(find(&ms, Kind::Count, "14").value, Some(14.0));

    // An inch mark after a number is a measure; a straight quote closing a quotation after a
    // number leaves the count.
    let text = "The shop sells a 48\" screen that stands 20\" tall.\n\n\
                Ortiz said \"we counted 31\" and went home.";
    let ms = run("audit_inches", text, Some("2021-03-17"));
    assert!(
        !ms.iter().any(|m| m.text == "48" || m.text == "20"),
        "{ms:#?}"
    );
    assert_eq!(find(&ms, Kind::Count, "31").value, Some(31.0));

    // A word of length between a number and its unit of time leaves it a length of time.
    let text = "The bakery lost money for five straight years. Its owners gave it three more \
                months to recover.";
    let ms = run("audit_lengths", text, Some("2021-03-17"));
    assert_eq!(
        find(&ms, Kind::Duration, "five straight years")
            .duration
            .as_deref(),
        Some("P5Y")
    );
    assert_eq!(
        find(&ms, Kind::Duration, "three more months")
            .duration
            .as_deref(),
        Some("P3M")
    );

    // A currency named in three words, a multiple of "your" sum, and a percent written on by
    // a hyphen.
    let text = "The fund raised 240 Hong Kong dollars a unit. Savers should hold 20 times your \
                yearly costs. The pack charges to an 85-percent level.";
    let ms = run("audit_money", text, Some("2021-03-17"));
    let hkd = find(&ms, Kind::Amount, "240 Hong Kong dollars");
    assert_eq!((hkd.value, hkd.unit.as_deref()), (Some(240.0), Some("HKD")));
    assert_eq!(find(&ms, Kind::Ratio, "20 times").value, Some(20.0));
    assert_eq!(find(&ms, Kind::Percent, "85-percent").value, Some(85.0));
}

#[test]
fn audit_round_code_sections_sizes_in_digits_and_abbreviated_units_of_time() {
    // A letter in brackets on a number names a section of a code; "six-figure" tells a
    // sum's size in digits; neither counts.
    let text =
        "The rule caps a 401(k) plan at a set sum.\n\nNobody there drew a six-figure salary.";
    let ms = run("audit_names", text, Some("2021-03-17"));
    assert!(
        !ms.iter()
            .any(|m| m.kind == Kind::Count && (m.text == "401" || m.text == "six")),
        "{ms:#?}"
    );
    // Abbreviated units of time make lengths of time.
    let text = "The climb was a 30 min effort, then 45 mins of rest and 2 hrs of sleep.";
    let ms = run("audit_abbreviations", text, Some("2021-03-17"));
    for (span, iso) in [("30 min", "PT30M"), ("45 mins", "PT45M"), ("2 hrs", "PT2H")] {
        assert_eq!(
            find(&ms, Kind::Duration, span).duration.as_deref(),
            Some(iso)
        );
    }
}
