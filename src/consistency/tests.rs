//! Tests of the analysis as a whole: slots, verdicts and their order.
//!
//! One file, over 800 lines, because every test here builds a small analysis the same way
//! (sources, mentions, one story) and reads its findings: split apart they would share the
//! same helpers across files.

use super::fixtures::{money, source, DateVerdicts};
use super::*;
use crate::model::claim::Bound;

fn run(mentions: Vec<Mention>) -> Analysis {
    let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
    analyse(
        sources,
        mentions,
        &Curation::default(),
        Rates::compiled(),
        None,
    )
}

/// An exact count of `unit`, written `text` in `sentence`.
fn count(doc: &str, text: &str, value: f64, unit: &str, sentence: &str) -> Mention {
    let start = sentence.find(text).unwrap();
    let mut m = Mention::new(doc, Kind::Count, text, start, start + text.len());
    m.value = Some(value);
    m.bound = Some(Bound::Exact);
    m.unit = Some(unit.into());
    m.sentence = sentence.into();
    m
}

fn figure_finding(a: &Analysis) -> &Finding {
    a.findings
        .iter()
        .find(|f| f.kind == Kind::Amount && f.scope == Scope::CrossSource)
        .expect("one money slot")
}

#[test]
fn money_in_two_currencies_is_compared_at_the_rate_of_the_month() {
    // In March 2021 a euro was worth about 1.19 dollars: EUR 2.0 billion is about USD 2.38
    // billion.
    let a = run(vec![
        money("a", "US$2.4 billion", 2.4e9, "USD", false),
        money("b", "€2.0 billion", 2.0e9, "EUR", false),
    ]);
    let f = figure_finding(&a);
    assert_eq!(f.verdict, Verdict::Agree, "{:?}", f.basis);
    assert_eq!(f.rates.len(), 1);
    assert_eq!(f.rates[0].month, "2021-03");
    assert_eq!(f.rates[0].from, "EUR");

    let a = run(vec![
        money("a", "US$3.1 billion", 3.1e9, "USD", false),
        money("b", "€2.0 billion", 2.0e9, "EUR", false),
    ]);
    let f = figure_finding(&a);
    assert_eq!(f.verdict, Verdict::Conflict, "{:?}", f.basis);
    let gap = f.gap.as_ref().unwrap();
    assert_eq!(gap.unit, "USD");
    assert!(gap.relative.unwrap() > 0.2, "{gap:?}");
}

#[test]
fn a_bare_dollar_sign_is_stated_as_an_assumption() {
    let a = run(vec![
        money("a", "$2.4 billion", 2.4e9, "USD", true),
        money("b", "€2.0 billion", 2.0e9, "EUR", false),
    ]);
    let f = figure_finding(&a);
    assert_eq!(
        f.assumptions,
        [Assumption::ReadAs {
            sign: "$".into(),
            currency: "USD".into()
        }]
    );
}

#[test]
fn mentions_in_one_article_and_its_copies_are_one_source() {
    let mut sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
    // b is a syndicated copy of a.
    sources[1].digest = sources[0].digest.clone();
    let mentions = vec![
        money("a", "US$2.4 billion", 2.4e9, "USD", false),
        money("b", "US$2.9 billion", 2.9e9, "USD", false),
    ];
    let a = analyse(
        sources,
        mentions,
        &Curation::default(),
        Rates::compiled(),
        None,
    );
    assert_eq!(figure_finding(&a).verdict, Verdict::Uncorroborated);
}

/// The cross-source findings of `kind`: each one's mention texts (sorted) and verdict.
fn findings_of(a: &Analysis, kind: Kind) -> Vec<(Vec<&str>, Verdict)> {
    let mut found: Vec<(Vec<&str>, Verdict)> = a
        .findings
        .iter()
        .filter(|f| f.kind == kind && f.scope == Scope::CrossSource)
        .map(|f| {
            let mut texts: Vec<&str> = f
                .members
                .iter()
                .map(|m| a.mentions[m.mention].text.as_str())
                .collect();
            texts.sort_unstable();
            (texts, f.verdict)
        })
        .collect();
    found.sort_by(|x, y| x.0.cmp(&y.0));
    found
}

#[test]
fn durations_of_one_thing_meet_and_lengths_of_another_magnitude_do_not() {
    use super::fixtures::{duration, one_story};
    let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
    let held =
        "Rescuers held the Kestrel Bay ferry at the pier for about 10 minutes before it left.";
    let held_more =
        "The Kestrel Bay ferry was held at the pier for more than 10 minutes, rescuers said.";
    let crossing = "The Kestrel Bay ferry crossing usually takes four hours.";
    let crossing_b = "The ferry makes its four-hour crossing to Kestrel Bay twice a day.";
    let a = one_story(
        sources,
        vec![
            duration("a", "about 10 minutes", "PT10M", Bound::Approx, held),
            duration("a", "four hours", "PT4H", Bound::Exact, crossing),
            duration(
                "b",
                "more than 10 minutes",
                "PT10M",
                Bound::AtLeast,
                held_more,
            ),
            duration("b", "four-hour", "PT4H", Bound::Exact, crossing_b),
        ],
    );
    assert_eq!(
        findings_of(&a, Kind::Duration),
        vec![
            (
                vec!["about 10 minutes", "more than 10 minutes"],
                Verdict::Compatible
            ),
            (vec!["four hours", "four-hour"], Verdict::Agree),
        ]
    );
    // Compared in days, shown in the unit they are written in.
    let crossing = a
        .findings
        .iter()
        .find(|f| f.kind == Kind::Duration && f.members.len() == 2 && f.verdict == Verdict::Agree)
        .unwrap();
    assert_eq!(a.unit_of(crossing), "hours");
    let shown = crossing.members[0].interval.unwrap();
    assert!(
        (shown.lo - 3.5).abs() < 1e-9 && (shown.hi - 4.5).abs() < 1e-9,
        "{shown:?}"
    );
}

#[test]
fn a_duration_told_differently_in_many_shared_words_conflicts() {
    use super::fixtures::{duration, one_story};
    let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
    let a = one_story(
        sources,
        vec![
            duration(
                "a",
                "around twenty minutes",
                "PT20M",
                Bound::Approx,
                "A rain delay of around twenty minutes at Wexmoor Park held up the tenth inning.",
            ),
            duration(
                "b",
                "12-minute",
                "PT12M",
                Bound::Exact,
                "A 12-minute rain delay at Wexmoor Park held up the tenth inning.",
            ),
        ],
    );
    assert_eq!(
        findings_of(&a, Kind::Duration),
        vec![(
            vec!["12-minute", "around twenty minutes"],
            Verdict::Conflict
        )]
    );
}

#[test]
fn one_long_quote_is_one_statement_whoever_each_article_names() {
    use super::fixtures::one_story;
    let quote = said;
    let said = "We will rebuild the old mill at Harrowgate before the winter comes, and every family will be back home.";
    let other = "We will rebuild the old mill at Tollbury before the winter comes, and every family will be back home.";
    let sources = vec![
        source("a", (2021, 3, 10)),
        source("b", (2021, 3, 11)),
        source("c", (2021, 3, 11)),
    ];
    let a = one_story(
        sources,
        vec![
            quote("a", "Mara Quill", said),
            // The same words under another name (a misread speaker): one statement.
            quote("b", "Later", said),
            // One word of place changed, by another speaker: another statement.
            quote("c", "Oren Vask", other),
        ],
    );
    let mut slots: Vec<Vec<&str>> = a
        .findings
        .iter()
        .filter(|f| f.kind == Kind::Quote)
        .map(|f| {
            f.members
                .iter()
                .map(|m| a.mentions[m.mention].doc.as_str())
                .collect()
        })
        .collect();
    slots.sort();
    assert_eq!(slots, vec![vec!["a", "b"], vec!["c"]]);
}

#[test]
fn a_speaker_told_only_by_a_description_names_no_one() {
    use super::fixtures::one_story;
    let quote = said;
    let whole =
        "Our yard has always kept the law, and nothing in these stolen papers shows that we \
                 broke any rule in thirty years of building boats on this river.";
    let cut = "Nothing in these stolen papers shows that we did anything wrong in thirty years \
               of building boats.";
    let slots = |b_speaker: &str| {
        let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
        let a = one_story(
            sources,
            vec![
                quote("a", "Tarvik Yards", whole),
                quote("b", b_speaker, cut),
            ],
        );
        a.findings
            .iter()
            .filter(|f| f.kind == Kind::Quote)
            .map(|f| (f.members.len(), f.verdict))
            .collect::<Vec<_>>()
    };
    // A cut and reworded quotation given to "a spokesman" is the firm's, told otherwise.
    assert_eq!(slots("a yard spokesman"), vec![(2, Verdict::Compatible)]);
    // Given to another named speaker, it is that speaker's words.
    assert_eq!(slots("Ilse Brandvoll").len(), 2);
}

#[test]
fn a_quotation_given_in_two_pieces_is_compatible_with_it_whole() {
    use super::fixtures::one_story;
    let quote = |doc: &str, text: &str, sentence: &str| {
        let start = sentence.find(text).unwrap();
        let mut m = Mention::new(doc, Kind::Quote, text, start, start + text.len());
        m.speaker = Some("Mara Quill".into());
        m.sentence = sentence.into();
        m
    };
    let first = "We will rebuild the old mill at Harrowgate before the winter comes.";
    let second = "Every family on the river will be back in its own home by then.";
    let whole = format!("{first} {second}");
    let said_whole = format!("Mara Quill said: \u{201c}{whole}\u{201d}");
    let said_split = format!("\u{201c}{first}\u{201d} Mara Quill said. \u{201c}{second}\u{201d}");
    let sources = vec![
        source("a", (2021, 3, 10)),
        source("b", (2021, 3, 11)),
        source("c", (2021, 3, 11)),
    ];
    let verdict_and_pieces = |split: bool| {
        let b = if split {
            vec![
                quote("b", first, &said_split),
                quote("b", second, &said_split),
            ]
        } else {
            vec![quote("b", &whole, &said_whole)]
        };
        let mut mentions = vec![quote("a", &whole, &said_whole)];
        mentions.extend(b);
        mentions.push(quote("c", &whole, &said_whole));
        let a = one_story(sources.clone(), mentions);
        let f = a
            .findings
            .iter()
            .find(|f| f.kind == Kind::Quote)
            .expect("one quotation");
        assert_eq!(f.members.len(), if split { 4 } else { 3 });
        let pieces: Vec<_> = f.drift.iter().filter_map(|d| d.pieces).collect();
        (f.verdict, pieces)
    };
    // The same words whole in every source agree; given in two pieces by one source, they are
    // the same words set out otherwise.
    assert_eq!(verdict_and_pieces(false), (Verdict::Agree, vec![]));
    assert_eq!(
        verdict_and_pieces(true),
        (Verdict::Compatible, vec![(1, 2)])
    );
}

#[test]
fn a_quotation_one_source_prints_twice_in_the_same_words_agrees_with_it_printed_once() {
    use super::fixtures::one_story;
    let words = "the ferry drifted gently into the pier";
    let sources = vec![
        source("a", (2021, 3, 10)),
        source("b", (2021, 3, 11)),
        source("c", (2021, 3, 11)),
    ];
    let verdict = |a_again: &str| {
        let mut mentions = vec![said("a", "Orla Penrick", words)];
        let mut again = quoted(
            "a",
            "Orla Penrick",
            "Later, the harbour office repeated that",
            a_again,
        );
        again.start += 200;
        again.end += 200;
        mentions.push(again);
        mentions.push(said("b", "Orla Penrick", words));
        mentions.push(said("c", "Orla Penrick", words));
        let a = one_story(sources.clone(), mentions);
        let f = a
            .findings
            .iter()
            .find(|f| f.kind == Kind::Quote && f.members.len() == 4)
            .expect("one quotation of four members");
        f.verdict
    };
    // Printed again word for word: one quotation told twice, the same words as the others'.
    assert_eq!(verdict(words), Verdict::Agree);
    // Another fragment with more of the speaker's words is more than the others print.
    assert_eq!(
        verdict("the ferry drifted gently into the pier at dawn"),
        Verdict::Compatible
    );
}

/// "`speaker` said: “`text`”" in `doc`.
fn said(doc: &str, speaker: &str, text: &str) -> Mention {
    quoted(doc, speaker, &format!("{speaker} said:"), text)
}

/// A quotation of `speaker` in `doc`, its sentence `lead` and then the quoted `text`.
fn quoted(doc: &str, speaker: &str, lead: &str, text: &str) -> Mention {
    let sentence = format!("{lead} \u{201c}{text}\u{201d}");
    let start = sentence.find(text).unwrap();
    let mut m = Mention::new(doc, Kind::Quote, text, start, start + text.len());
    m.speaker = Some(speaker.into());
    m.sentence = sentence;
    m
}

#[test]
fn a_quotation_that_drops_a_handle_s_sign_is_not_the_same_words() {
    use super::fixtures::one_story;
    let quote = |doc: &str, text: &str| quoted(doc, "Mara Quill", "Mara Quill wrote:", text);
    let verdict = |b_text: &str| {
        let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
        let a = one_story(
            sources,
            vec![
                quote(
                    "a",
                    "It happened: @Harbourmen win the river cup at last. #Tollbury",
                ),
                quote("b", b_text),
            ],
        );
        a.findings
            .iter()
            .find(|f| f.kind == Kind::Quote)
            .expect("one quotation")
            .verdict
    };
    assert_eq!(
        verdict("It happened: @Harbourmen win the river cup at last. #Tollbury"),
        Verdict::Agree
    );
    assert_eq!(
        verdict("It happened: Harbourmen win the river cup at last. Tollbury"),
        Verdict::Compatible
    );
}

#[test]
fn a_short_quotation_told_with_and_without_an_article_is_one_saying() {
    use super::fixtures::one_story;
    let quote = |doc: &str, text: &str| {
        quoted(
            doc,
            "Pell Orrin",
            "Pell Orrin told reporters the claims",
            text,
        )
    };
    let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
    let a = one_story(
        sources,
        vec![
            quote("a", "do not square with records."),
            quote("b", "did not square with the records."),
        ],
    );
    let f = a
        .findings
        .iter()
        .find(|f| f.kind == Kind::Quote && f.members.len() == 2)
        .expect("one saying in two sources");
    assert_eq!(f.verdict, Verdict::Compatible);
}

#[test]
fn a_speaker_named_by_the_first_word_of_a_full_name_is_one_speaker() {
    use super::fixtures::one_story;
    let quote = said;
    let linked = |short: &str| {
        let sources = vec![
            source("a", (2021, 3, 10)),
            source("b", (2021, 3, 11)),
            source("c", (2021, 3, 11)),
        ];
        let a = one_story(
            sources,
            vec![
                quote(
                    "a",
                    "Pak Sun Ho",
                    "The whole valley of Orvel is within reach of our new canals, and the \
                     water gate is always in my hands. This is a fact, not a boast.",
                ),
                quote(
                    "b",
                    short,
                    "All of Orvel lies within reach of our canals, and the water gate is \
                     always at my desk.",
                ),
                // Another Pak: the one word does not name one person of the story.
                quote(
                    "c",
                    "Pak Mi Ra",
                    "Nothing on the river has changed since spring.",
                ),
            ],
        );
        a.findings
            .iter()
            .any(|f| f.kind == Kind::Quote && f.members.len() == 2)
    };
    // The family name written first names the same man, even with two of that name in the
    // story; another one-word name does not.
    assert!(linked("Pak"));
    assert!(!linked("Tovel"));
}

#[test]
fn the_same_day_told_of_by_the_same_actor_is_one_event_in_other_words() {
    use super::fixtures::one_story;
    let date = |doc: &str, text: &str, d: u32, sentence: &str| {
        super::fixtures::day(doc, text, (2021, 3, d), sentence)
    };
    let a_says = "Lena Marsh signed the harbour bill on Saturday.";
    let b_says = "On Saturday, Lena Marsh put her name to a new law for the port.";
    let event_findings = |b_day: u32| {
        let sources = vec![source("a", (2021, 3, 8)), source("b", (2021, 3, 8))];
        let a = one_story(
            sources,
            vec![
                date("a", "on Saturday", 6, a_says),
                date("b", "On Saturday", b_day, b_says),
            ],
        );
        a.date_verdicts()
    };
    // The same day, the same actor, no word in common: one event.
    assert_eq!(event_findings(6), vec![Verdict::Agree]);
    // Another day in the same words would be a conflict on an actor alone: not linked.
    assert_eq!(event_findings(7), vec![]);
}

#[test]
fn different_counts_of_a_bare_noun_conflict_only_when_told_of_one_thing() {
    use super::fixtures::one_story;
    let verdicts = |b_says: &str, b_value: f64| {
        let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
        let text = if b_value == 12.0 { "12" } else { "9" };
        let a = one_story(
            sources,
            vec![
                count(
                    "a",
                    "12",
                    12.0,
                    "rafts",
                    "The club entered 12 rafts in the river regatta at Ostel.",
                ),
                count("b", text, b_value, "rafts", b_says),
            ],
        );
        a.findings
            .iter()
            .filter(|f| f.kind == Kind::Count && f.scope == Scope::CrossSource)
            .map(|f| f.verdict)
            .collect::<Vec<_>>()
    };
    // The same number of rafts agrees whatever else the sentences say.
    assert_eq!(
        verdicts("Only 12 rafts were left at the boathouse by noon.", 12.0),
        vec![Verdict::Agree]
    );
    // Another number in a sentence about something else is another thing, not a conflict.
    assert!(
        !verdicts("Only 9 rafts were left at the boathouse by noon.", 9.0)
            .contains(&Verdict::Conflict)
    );
    // Another number told of the same entry in the same regatta is a conflict.
    assert_eq!(
        verdicts("The club entered 9 rafts in the river regatta.", 9.0),
        vec![Verdict::Conflict]
    );
}

#[test]
fn counts_of_one_thing_named_by_different_nouns_meet_only_when_their_values_hold() {
    use super::fixtures::one_story;
    let verdicts = |b_text: &str, b_value: f64, b_bound: Bound| {
        let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
        let a_says = "Thousands of revellers will watch the Ostel harbour fireworks.";
        let b_says = format!("{b_text} party-goers will gather by the pier on Sunday night.");
        let mut a = count("a", "Thousands", 2000.0, "revellers", a_says);
        a.bound = Some(Bound::AtLeast);
        let mut b = count("b", b_text, b_value, "party-goers", &b_says);
        b.bound = Some(b_bound);
        let a = one_story(sources, vec![a, b]);
        a.findings
            .iter()
            .filter(|f| f.kind == Kind::Count && f.scope == Scope::CrossSource)
            .map(|f| f.verdict)
            .collect::<Vec<_>>()
    };
    // "Revellers" and "party-goers" are one crowd: two lower bounds hold together.
    assert_eq!(
        verdicts("Tens of thousands of", 20000.0, Bound::AtLeast),
        vec![Verdict::Compatible]
    );
    // Different nouns and values that do not hold together are two things, not a conflict.
    assert!(!verdicts("About 300", 300.0, Bound::Approx).contains(&Verdict::Conflict));
}

#[test]
fn spans_one_named_speaker_gives_in_two_articles_are_one_span_when_they_hold_together() {
    use super::fixtures::one_story;
    let lasting = |doc: &str, text: &str, years: u32, bound: Bound, sentence: &str| {
        let start = sentence.find(text).unwrap();
        let mut m = Mention::new(doc, Kind::Duration, text, start, start + text.len());
        m.duration = Some(format!("P{years}Y"));
        m.bound = Some(bound);
        m.speaker = Some("Ilse Brandvoll".into());
        m.sentence = sentence.into();
        m
    };
    let slots = |b_years: u32, b_bound: Bound| {
        let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
        let b_text = if b_bound == Bound::AtLeast {
            format!("more than {b_years} years")
        } else {
            format!("{b_years} years")
        };
        let b_says = format!("The aviary has stood by the lake for {b_text}, she told reporters.");
        let a = one_story(
            sources,
            vec![
                lasting(
                    "a",
                    "38-year",
                    38,
                    Bound::Exact,
                    "The heron house, a 38-year fixture of the park, lost its first bird.",
                ),
                lasting("b", &b_text, b_years, b_bound, &b_says),
            ],
        );
        a.findings
            .iter()
            .filter(|f| f.kind == Kind::Duration && f.scope == Scope::CrossSource)
            .map(|f| (f.members.len(), f.verdict))
            .collect::<Vec<_>>()
    };
    // The same speaker's spans that hold together are one span told again.
    assert_eq!(slots(30, Bound::AtLeast), vec![(2, Verdict::Compatible)]);
    // Spans that do not hold together are not joined by the speaker alone.
    assert!(slots(25, Bound::Exact).iter().all(|(n, _)| *n == 1));
}

#[test]
fn dates_of_different_happenings_do_not_conflict_however_alike_their_sentences() {
    use super::fixtures::one_story;
    let date = |doc: &str, text: &str, d: u32, sentence: &str| {
        super::fixtures::day(doc, text, (2021, 5, d), sentence)
    };
    let date_verdicts = |a_says: &str, b_says: &str| {
        let sources = vec![source("a", (2021, 5, 20)), source("b", (2021, 5, 20))];
        let a = one_story(
            sources,
            vec![
                date("a", "on May 3", 3, a_says),
                date("b", "on May 14", 14, b_says),
            ],
        );
        a.date_verdicts()
    };
    let announced = "Orvik Aerospace announced the Tessel probe on May 3.";
    // The same actor and words, another happening: an announcement and a launch.
    assert!(!date_verdicts(
        announced,
        "Orvik Aerospace launched the Tessel probe on May 14."
    )
    .contains(&Verdict::Conflict));
    // A statement about the probe is not the announcement either.
    assert!(!date_verdicts(
        announced,
        "Orvik Aerospace said on May 14 that the Tessel probe was ready."
    )
    .contains(&Verdict::Conflict));
    // The same happening on another day is a conflict, however it is worded.
    assert_eq!(
        date_verdicts(
            announced,
            "Orvik Aerospace unveiled the Tessel probe on May 14."
        ),
        vec![Verdict::Conflict]
    );
    // Clauses naming no happening in common, linked by an actor and one word: two things the
    // actor did, not one dated two ways.
    assert!(!date_verdicts(
        "The firm Orvik expanded its plant on May 3.",
        "Visiting staff of Orvik toured the plant on May 14."
    )
    .contains(&Verdict::Conflict));
    // Told in the same words, they are one thing dated two ways.
    assert_eq!(
        date_verdicts(
            "The firm Orvik expanded its plant on May 3.",
            "The firm Orvik expanded the plant on May 14."
        ),
        vec![Verdict::Conflict]
    );
}

#[test]
fn one_date_of_two_periods_joined_by_and_dates_several_happenings() {
    use super::fixtures::one_story;
    // Invented: one article tells of several test flights over two months, the other of one
    // flight on a day before them, in words alike.
    let sources = vec![source("a", (2022, 10, 2)), source("b", (2022, 10, 2))];
    let one_day = super::fixtures::day(
        "b",
        "on June 28",
        (2022, 6, 28),
        "Velmar flew its new drone over the strait on June 28.",
    );
    let months = |text: &str, to: (u32, u32)| {
        let sentence = format!("Velmar flew its new drone over the strait {text}.");
        let start = sentence.find(text).unwrap();
        let mut m = Mention::new("a", Kind::Date, text, start, start + text.len());
        m.from = Date::from_ymd(2022, 7, 1);
        m.to = Date::from_ymd(2022, to.0, to.1);
        m.sentence = sentence;
        m
    };
    let verdicts =
        |m: Mention| one_story(sources.clone(), vec![m, one_day.clone()]).date_verdicts();
    assert!(verdicts(months("in July and August", (8, 31))).is_empty());
    // One period that leaves the day out is a conflict.
    assert_eq!(
        verdicts(months("in July", (7, 31))),
        vec![Verdict::Conflict]
    );
}

#[test]
fn each_article_dating_its_own_day_news_weeks_apart_tells_of_two_happenings() {
    use super::fixtures::one_story;
    let date = |doc: &str, text: &str, (m, d): (u32, u32), sentence: &str| {
        super::fixtures::day(doc, text, (2022, m, d), sentence)
    };
    let verdicts = |b_published: (i32, u32, u32), b_day: (u32, u32), weekday: &str| {
        let b_text = format!("on {weekday}");
        let b_says = format!("Velmar fired a test rocket over the strait on {weekday}.");
        let sources = vec![source("a", (2022, 5, 3)), source("b", b_published)];
        let a = one_story(
            sources,
            vec![
                date(
                    "a",
                    "on Tuesday",
                    (5, 3),
                    "Velmar fired a test rocket over the strait on Tuesday.",
                ),
                date("b", &b_text, b_day, &b_says),
            ],
        );
        a.date_verdicts()
    };
    // Published the next day about one launch, another day conflicts.
    assert_eq!(
        verdicts((2022, 5, 4), (5, 2), "Monday"),
        vec![Verdict::Conflict]
    );
    // Each article dates the news of its own day, weeks apart: two launches, no conflict.
    assert!(!verdicts((2022, 5, 21), (5, 20), "Friday").contains(&Verdict::Conflict));
    // A later article dating a day long before its publication still conflicts.
    assert_eq!(
        verdicts((2022, 5, 21), (5, 6), "Friday"),
        vec![Verdict::Conflict]
    );
}

#[test]
fn a_date_an_article_recalls_is_not_set_against_another_articles_news() {
    use super::fixtures::one_story;
    let verdicts = |b_text: &str, (m, d): (u32, u32), b_says: &str| {
        let sources = vec![source("a", (2022, 6, 15)), source("b", (2022, 6, 20))];
        let a = one_story(
            sources,
            vec![
                super::fixtures::day(
                    "a",
                    "on Wednesday",
                    (2022, 6, 15),
                    "Velmar fired a test rocket over the strait on Wednesday.",
                ),
                super::fixtures::day("b", b_text, (2022, m, d), b_says),
            ],
        );
        a.date_verdicts()
    };
    // A later article recalls an earlier launch: two launches, no conflict.
    assert!(!verdicts(
        "on May 30",
        (5, 30),
        "Velmar had previously fired a test rocket over the strait on May 30."
    )
    .contains(&Verdict::Conflict));
    // The same words without the recall date the same launch, wrongly: a conflict.
    assert_eq!(
        verdicts(
            "on May 30",
            (5, 30),
            "Velmar fired a test rocket over the strait on May 30."
        ),
        vec![Verdict::Conflict]
    );
}

#[test]
fn weekdays_written_from_publications_a_week_apart_tell_of_two_happenings() {
    use super::fixtures::one_story;
    let date = |doc: &str, text: &str, (m, d): (u32, u32), basis: claim::DateBasis| {
        let sentence = format!("The council of Velmar met in the harbour hall {text}.");
        let mut m = super::fixtures::day(doc, text, (2022, m, d), &sentence);
        m.basis = Some(basis);
        m
    };
    let verdicts = |b_published: (i32, u32, u32), b: Mention, a_basis| {
        let sources = vec![source("a", (2022, 5, 5)), source("b", b_published)];
        let a = one_story(sources, vec![date("a", "on Tuesday", (5, 3), a_basis), b]);
        a.date_verdicts()
    };
    use claim::DateBasis::{Relative, YearFromReference};
    // "on Tuesday" two days before one article, "on Wednesday" three days before another
    // published nine days later: two weeks' news, no conflict.
    let b = date("b", "on Wednesday", (5, 11), Relative);
    assert!(!verdicts((2022, 5, 14), b, Relative).contains(&Verdict::Conflict));
    // The same days named outright conflict.
    let b = date("b", "on May 11", (5, 11), YearFromReference);
    assert_eq!(
        verdicts((2022, 5, 14), b, YearFromReference),
        vec![Verdict::Conflict]
    );
    // Articles four days apart may tell of one meeting: weekdays apart conflict.
    let b = date("b", "on Saturday", (5, 7), Relative);
    assert_eq!(verdicts((2022, 5, 9), b, Relative), vec![Verdict::Conflict]);
    // The same day read from two articles agrees.
    let b = date("b", "on Tuesday", (5, 3), Relative);
    assert_eq!(verdicts((2022, 5, 9), b, Relative), vec![Verdict::Agree]);
    // Both say "Tuesday", read as Tuesdays a week apart: the texts say the same, no conflict.
    let b = date("b", "on Tuesday", (5, 10), Relative);
    assert!(!verdicts((2022, 5, 9), b, Relative).contains(&Verdict::Conflict));
}

#[test]
fn dates_a_strong_link_can_bridge_are_one_happening_dated_two_ways() {
    use super::fixtures::one_story;
    let verdicts = |a_day: (i32, u32, u32), b_day: (i32, u32, u32), text: (&str, &str)| {
        let says = |t: &str| format!("Velmar fired a test rocket over the strait {t}.");
        let (sa, sb) = (says(text.0), says(text.1));
        let sources = vec![source("a", (2022, 9, 1)), source("b", (2022, 9, 2))];
        let mut a = super::fixtures::day("a", text.0, a_day, &sa);
        let mut b = super::fixtures::day("b", text.1, b_day, &sb);
        if a_day.1 == 0 {
            // A whole year.
            (a.from, a.to) = (
                Date::from_ymd(a_day.0, 1, 1),
                Date::from_ymd(a_day.0, 12, 31),
            );
            (b.from, b.to) = (
                Date::from_ymd(b_day.0, 1, 1),
                Date::from_ymd(b_day.0, 12, 31),
            );
        }
        one_story(sources, vec![a, b]).date_verdicts()
    };
    // 50 days apart: one launch dated two ways.
    assert_eq!(
        verdicts((2022, 5, 1), (2022, 6, 20), ("on May 1", "on June 20")),
        vec![Verdict::Conflict]
    );
    // 106 days apart, in sentences that share enough for a strong link: still one launch
    // dated two ways.
    assert_eq!(
        verdicts((2022, 5, 1), (2022, 8, 15), ("on May 1", "on Aug. 15")),
        vec![Verdict::Conflict]
    );
    // Two years a year apart may still be one happening dated two ways.
    assert_eq!(
        verdicts((2019, 0, 0), (2021, 0, 0), ("in 2019", "in 2021")),
        vec![Verdict::Conflict]
    );
}

#[test]
fn a_caption_date_of_a_picture_release_is_not_set_against_dates_of_happenings() {
    // Invented captions: the date is when the picture came out, not when what it shows took
    // place.
    assert!(super::dates_a_picture_release(
        "Soldiers march past the palace in an undated picture released by the Velmar News \
         Service (VNS) in Northport on May 3, 2031.",
        "May 3, 2031"
    ));
    assert!(super::dates_a_picture_release(
        "The footage was posted online on Friday by the ministry.",
        "Friday"
    ));
    // A picture taken on a day dates what it shows.
    assert!(!super::dates_a_picture_release(
        "A photo taken on Friday shows the rocket on its pad.",
        "Friday"
    ));
    // A date in another clause than the release's dates its own happening.
    assert!(!super::dates_a_picture_release(
        "The photo released by the ministry shows the rocket that flew on Friday.",
        "Friday"
    ));
    // No picture: a release of a report or a prisoner is no caption.
    assert!(!super::dates_a_picture_release(
        "The hostages were released on Friday after talks.",
        "Friday"
    ));
    // Too far back: a picture named at the start of a long sentence is not what its last
    // date dates.
    let long = "Every photo released by the ministry during the long dry season of the year \
                drew crowds of farmers, fishers, traders, teachers, students, clerks, drivers, \
                nurses, pilots, sailors, soldiers, priests, poets to the square on Friday.";
    assert!(!super::dates_a_picture_release(long, "Friday"));
    // A caption's agency and place between the picture and its date are within reach.
    assert!(super::dates_a_picture_release(
        "Rockets stand on the pad in a photo released by the press office of the Velmar \
         space ministry (VSM) in Northport on Friday.",
        "Friday"
    ));
}

#[test]
fn a_dispatch_dateline_is_not_set_against_dates_of_happenings() {
    assert!(super::is_dateline(
        "NORTHPORT, Velmar, Oct 19 (Wirecast) - Ever since the rocket flew, farmers worry.",
        "Oct 19"
    ));
    assert!(super::is_dateline(
        "NORTHPORT/EASTHAM, Aug 30 (Wirecast) - The council condemned the test.",
        "Aug 30"
    ));
    // A date inside the sentence, or after an ordinary opening, is no dateline.
    assert!(!super::is_dateline(
        "Velmar fired a test rocket over the strait on Oct 19 (local time).",
        "Oct 19"
    ));
    assert!(!super::is_dateline(
        "On Friday, Oct 19 - the day of the launch - the strait was closed.",
        "Oct 19"
    ));
}

#[test]
fn two_dates_of_one_sentence_are_two_happenings_against_another_source() {
    use super::fixtures::one_story;
    // 2021-05-12 is a Wednesday: "Friday" is May 14, "next week" May 17 to 23.
    let span = |doc: &str, text: &str, from: u32, to: u32, sentence: &str| {
        let mut m = super::fixtures::day(doc, text, (2021, 5, from), sentence);
        m.to = Date::from_ymd(2021, 5, to);
        m
    };
    let both = "Orvik Aerospace will brief its board on Friday, ahead of the Orvik Aerospace \
                shareholder assembly next week.";
    let sources = vec![source("a", (2021, 5, 12)), source("b", (2021, 5, 12))];
    let a = one_story(
        sources,
        vec![
            span("a", "on Friday", 14, 14, both),
            span("a", "next week", 17, 23, both),
            span(
                "b",
                "next week",
                17,
                23,
                "Orvik Aerospace holds its shareholder assembly next week.",
            ),
        ],
    );
    let slot = a
        .findings
        .iter()
        .find(|f| f.kind == Kind::Date && f.members.len() == 3)
        .expect("the three dates in one slot");
    // The assembly agrees; the briefing on Friday is another happening, not a conflict.
    assert_eq!(slot.verdict, Verdict::Agree, "{:?}", slot.basis);
}

#[test]
fn an_undated_figure_takes_the_one_time_its_frame_is_dated_to_near_the_story() {
    let count = |doc: &str, sentence: &str| {
        let text = "four";
        let start = sentence.find(text).unwrap();
        let mut m = Mention::new(doc, Kind::Count, text, start, start + text.len());
        m.value = Some(4.0);
        m.bound = Some(Bound::Exact);
        m.unit = Some("rockets".into());
        m.sentence = sentence.into();
        m
    };
    let year = |doc: &str, y: i32, sentence: &str| {
        let text = format!("in {y}");
        let start = sentence.find(&text).unwrap();
        let mut m = Mention::new(doc, Kind::Date, &text, start, start + text.len());
        m.from = Date::from_ymd(y, 1, 1);
        m.to = Date::from_ymd(y, 12, 31);
        m.sentence = sentence.into();
        m
    };
    let count_findings = |y: i32| {
        let a_says = format!("The agency of Ostria will launch four rockets in {y}.");
        let b_says = "The agency will launch four rockets from its new pad at Velm.";
        let sources = vec![source("a", (2021, 3, 8)), source("b", (2021, 3, 9))];
        let mut story = Story::of_all(&sources, "the story");
        story.span = Date::from_ymd(2021, 3, 8).zip(Date::from_ymd(2021, 3, 9));
        let a = analyse(
            sources,
            vec![
                year("a", y, &a_says),
                count("a", &a_says),
                count("b", b_says),
            ],
            &Curation::default(),
            Rates::compiled(),
            Some(vec![story]),
        );
        a.findings
            .iter()
            .filter(|f| f.kind == Kind::Count && f.members.len() > 1)
            .map(|f| f.verdict)
            .collect::<Vec<_>>()
    };
    // The story's own year: the undated count is of it.
    assert_eq!(count_findings(2021), vec![Verdict::Agree]);
    // A year long before the story is another happening: the undated count stays apart.
    assert_eq!(count_findings(2009), vec![]);
}

#[test]
fn a_figure_dated_to_a_day_meets_one_dated_to_the_year_that_holds_it() {
    let rockets = |doc: &str, sentence: &str| count(doc, "four", 4.0, "rockets", sentence);
    let year = |doc: &str, sentence: &str| {
        let text = "In 2009";
        let start = sentence.find(text).unwrap();
        let mut m = Mention::new(doc, Kind::Date, text, start, start + text.len());
        m.from = Date::from_ymd(2009, 1, 1);
        m.to = Date::from_ymd(2009, 12, 31);
        m.sentence = sentence.into();
        m
    };
    let day = super::fixtures::day;
    let count_slots = |more: Vec<Mention>| {
        let a_says = "In 2009, the agency of Ostria launched four rockets.";
        let b_says = "On Dec. 31, 2009, the agency launched four rockets from Velm.";
        let sources = vec![
            source("a", (2021, 3, 8)),
            source("b", (2021, 3, 9)),
            source("c", (2021, 3, 9)),
        ];
        let mut story = Story::of_all(&sources, "the story");
        story.span = Date::from_ymd(2021, 3, 8).zip(Date::from_ymd(2021, 3, 9));
        let mut mentions = vec![
            year("a", a_says),
            rockets("a", a_says),
            day("b", "Dec. 31, 2009", (2009, 12, 31), b_says),
            rockets("b", b_says),
        ];
        mentions.extend(more);
        let a = analyse(
            sources,
            mentions,
            &Curation::default(),
            Rates::compiled(),
            Some(vec![story]),
        );
        a.findings
            .iter()
            .filter(|f| f.kind == Kind::Count)
            .map(|f| (f.members.len(), f.verdict))
            .collect::<Vec<_>>()
    };
    // The last day of 2009 is in 2009: one time told at two precisions.
    assert_eq!(count_slots(vec![]), vec![(2, Verdict::Agree)]);
    // A year holding two different days holds two times: each day keeps its own slot.
    let c_says = "On May 4, 2009, the agency launched four rockets from Velm.";
    let slots = count_slots(vec![
        day("c", "May 4, 2009", (2009, 5, 4), c_says),
        rockets("c", c_says),
    ]);
    assert!(slots.iter().all(|(n, _)| *n == 1), "{slots:?}");
}

#[test]
fn counts_of_differently_qualified_nouns_are_not_one_thing() {
    use super::fixtures::one_story;
    let verdicts = |b: Mention| {
        let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
        let a_says = "The club entered 12 rafts in the river regatta at Ostel.";
        let a = one_story(sources, vec![count("a", "12", 12.0, "rafts", a_says), b]);
        a.findings
            .iter()
            .filter(|f| f.kind == Kind::Count && f.scope == Scope::CrossSource)
            .map(|f| f.verdict)
            .collect::<Vec<_>>()
    };
    // The same noun phrase told of the same entry: a conflict.
    let b_says = "The club entered 9 rafts in the river regatta.";
    assert_eq!(
        verdicts(count("b", "9", 9.0, "rafts", b_says)),
        vec![Verdict::Conflict]
    );
    // Nine inflatable rafts are some of the rafts, not another count of them.
    let b_says = "The club entered 9 inflatable rafts in the river regatta.";
    assert!(
        !verdicts(count("b", "9", 9.0, "inflatable rafts", b_says)).contains(&Verdict::Conflict)
    );
    // The same value agrees whatever the words around the noun.
    let b_says = "The club entered 12 inflatable rafts in the river regatta.";
    assert_eq!(
        verdicts(count("b", "12", 12.0, "inflatable rafts", b_says)),
        vec![Verdict::Agree]
    );
}

/// An amount in dollars written `text` in `sentence`, with no subject, as extraction gives a
/// figure whose sentence names no one ("Her fee was corrected to $35.10").
fn loose_amount(doc: &str, text: &str, value: f64, bound: Bound, sentence: &str) -> Mention {
    let start = sentence.find(text).unwrap();
    let mut m = Mention::new(doc, Kind::Amount, text, start, start + text.len());
    m.value = Some(value);
    m.bound = Some(bound);
    m.unit = Some("USD".into());
    m.sentence = sentence.into();
    m
}

#[test]
fn figures_told_of_no_one_meet_by_their_sentences_words_and_never_conflict() {
    use super::fixtures::one_story;
    let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
    let fee = "Her parking fee was quickly corrected to $35.10 by the city office.";
    let fee_b = "The city office later corrected her parking fee to $35.10.";
    let deposit = "Her parking fee was first listed at more than $9,000 by the city office.";
    let deposit_b = "Her parking fee was first listed at $4,000 by the city office.";
    let a = one_story(
        sources,
        vec![
            loose_amount("a", "$35.10", 35.10, Bound::Exact, fee),
            loose_amount("a", "more than $9,000", 9000.0, Bound::AtLeast, deposit),
            loose_amount("b", "$35.10", 35.10, Bound::Exact, fee_b),
            loose_amount("b", "$4,000", 4000.0, Bound::Exact, deposit_b),
        ],
    );
    // The same fee meets; two different first listings told in the same words stay apart
    // (nothing says what either is of), and nothing is called a conflict.
    assert_eq!(
        findings_of(&a, Kind::Amount),
        vec![
            (vec!["$35.10", "$35.10"], Verdict::Agree),
            (vec!["$4,000"], Verdict::Uncorroborated),
            (vec!["more than $9,000"], Verdict::Uncorroborated),
        ]
    );
}

/// [`findings_of`] with its texts owned, to outlive the analysis it read.
fn owned(found: Vec<(Vec<&str>, Verdict)>) -> Vec<(Vec<String>, Verdict)> {
    found
        .into_iter()
        .map(|(texts, v)| (texts.into_iter().map(str::to_owned).collect(), v))
        .collect()
}

/// A count of no noun written `text` in `sentence` ("was 9 of 14"), as extraction gives it:
/// a value and a bound, no unit, no subject.
fn bare_count(doc: &str, text: &str, value: f64, sentence: &str) -> Mention {
    let start = sentence.find(text).unwrap();
    let mut m = Mention::new(doc, Kind::Count, text, start, start + text.len());
    m.value = Some(value);
    m.bound = Some(Bound::Exact);
    m.sentence = sentence.into();
    m
}

#[test]
fn counts_of_no_noun_told_again_by_one_actor_agree_and_other_values_stay_apart() {
    use super::fixtures::one_story;
    let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
    let a_says = "In the spring, Tamsin Oduya stopped 9 of 14 penalty kicks.";
    let b_says = "Tamsin Oduya saved 9 of 14 penalty attempts this spring.";
    let b_other = "Tamsin Oduya saved 11 of 14 penalty attempts this spring.";
    let c_says = "Tamsin Oduya signed for 9 seasons with the harbour club.";
    let findings = |b: Mention| {
        let a = one_story(
            sources.clone(),
            vec![
                bare_count("a", "9", 9.0, a_says),
                bare_count("a", "14", 14.0, a_says),
                b,
                bare_count("b", "14", 14.0, b_says),
            ],
        );
        owned(findings_of(&a, Kind::Count))
    };
    // The same actor and topic words ("penalty", "spring"): each number is told again.
    assert_eq!(
        findings(bare_count("b", "9", 9.0, b_says)),
        owned(vec![
            (vec!["14", "14"], Verdict::Agree),
            (vec!["9", "9"], Verdict::Agree),
        ])
    );
    // Another value in the same words stays apart: a count of no noun is never set against
    // another number.
    assert_eq!(
        findings(bare_count("b", "11", 11.0, b_other)),
        owned(vec![
            (vec!["11"], Verdict::Uncorroborated),
            (vec!["14", "14"], Verdict::Agree),
            (vec!["9"], Verdict::Uncorroborated),
        ])
    );
    // The same value of the same actor told of other things shares no topic word: apart.
    let a = one_story(
        sources.clone(),
        vec![
            bare_count("a", "9", 9.0, a_says),
            bare_count("b", "9", 9.0, c_says),
        ],
    );
    assert_eq!(
        findings_of(&a, Kind::Count),
        vec![
            (vec!["9"], Verdict::Uncorroborated),
            (vec!["9"], Verdict::Uncorroborated),
        ]
    );
    // A few of anything: the actor and the words that linked nine saves above do not link two;
    // the same long sentence printed twice does.
    let two_a = "In the spring, Tamsin Oduya stopped 2 penalty kicks.";
    let two_b = "Tamsin Oduya saved 2 penalty attempts this spring.";
    let wire = "Tamsin Oduya stopped 2 penalty kicks in the spring final against the harbour club.";
    let two = |b_says: &str| {
        let a = one_story(
            sources.clone(),
            vec![
                bare_count("a", "2", 2.0, if b_says == wire { wire } else { two_a }),
                bare_count("b", "2", 2.0, b_says),
            ],
        );
        owned(findings_of(&a, Kind::Count))
    };
    assert_eq!(
        two(two_b),
        owned(vec![
            (vec!["2"], Verdict::Uncorroborated),
            (vec!["2"], Verdict::Uncorroborated),
        ])
    );
    assert_eq!(two(wire), owned(vec![(vec!["2", "2"], Verdict::Agree)]));
}

/// The verdicts of the date slots of two articles' dates (published on `published`), each
/// `(doc, text, day, sentence)`, that hold both.
fn two_dates_in_one_slot(
    published: (i32, u32, u32),
    a: (&str, (i32, u32, u32), &str),
    b: (&str, (i32, u32, u32), &str),
) -> Vec<Verdict> {
    use super::fixtures::{day, one_story};
    let sources = vec![source("a", published), source("b", published)];
    one_story(
        sources,
        vec![day("a", a.0, a.1, a.2), day("b", b.0, b.1, b.2)],
    )
    .date_verdicts()
}

#[test]
fn days_of_different_peoples_happenings_are_not_set_against_each_other() {
    use super::fixtures::{day, one_story};
    let a_says = "Miriam Holt testified before the harbour inquiry committee on April 12 \
                  about the dredging contracts.";
    let dated = |doc: &str, text: &str, d: u32, sentence: &str, subject: Option<&str>| {
        let mut m = day(doc, text, (2022, 4, d), sentence);
        m.subject = subject.map(str::to_owned);
        m.happening = Some("testified".into());
        m
    };
    let verdicts = |b_says: &str| {
        let sources = vec![source("a", (2022, 4, 20)), source("b", (2022, 4, 20))];
        one_story(
            sources,
            vec![
                dated("a", "on April 12", 12, a_says, Some("Miriam Holt")),
                dated("b", "On April 5", 5, b_says, None),
            ],
        )
        .date_verdicts()
    };
    // The same witness on two days in the same words: one testimony dated two ways.
    assert_eq!(
        verdicts(
            "On April 5, Miriam Holt testified before the harbour inquiry committee about the \
             dredging contracts."
        ),
        vec![Verdict::Conflict]
    );
    // Another witness's day, in the same words: two testimonies, no conflict.
    assert_eq!(
        verdicts(
            "On April 5, Oscar Pike testified before the harbour inquiry committee about the \
             dredging contracts."
        ),
        vec![]
    );
}

#[test]
fn dates_months_apart_that_share_only_topic_words_are_two_happenings() {
    // Five topic words in common, no name and no happening word of the vocabulary: a strong
    // link puts the two dates in one slot, but their sentences mostly tell other things.
    let a = "On March 4, the old dredgers cleared silt from the northern harbour channel \
             while crews from three towns watched from the stone pier near the ferry sheds.";
    let b = "Dredgers again cleared silt from the harbour channel on Aug. 19, weeks after a \
             storm had flooded the market square and the lower streets of the fishing quarter.";
    // Five months apart: two clearings, no conflict.
    assert!(!two_dates_in_one_slot(
        (2022, 9, 1),
        ("On March 4", (2022, 3, 4), a),
        ("on Aug. 19", (2022, 8, 19), b),
    )
    .contains(&Verdict::Conflict));
    // Within a weak link's reach the same sentences still date one clearing two ways.
    let near = b.replace("Aug. 19", "April 20");
    assert_eq!(
        two_dates_in_one_slot(
            (2022, 9, 1),
            ("On March 4", (2022, 3, 4), a),
            ("on April 20", (2022, 4, 20), &near),
        ),
        vec![Verdict::Conflict]
    );
    // Months apart in sentences that tell mostly the same: one clearing dated two ways.
    let a = "On March 4, the old dredgers cleared silt from the northern harbour channel.";
    let b = "The old dredgers cleared silt from the northern harbour channel on Aug. 19.";
    assert_eq!(
        two_dates_in_one_slot(
            (2022, 9, 1),
            ("On March 4", (2022, 3, 4), a),
            ("on Aug. 19", (2022, 8, 19), b),
        ),
        vec![Verdict::Conflict]
    );
}

#[test]
fn dates_that_do_not_meet_are_not_chained_by_a_few_shared_words() {
    // Three topic words in common and no actor: enough for dates that meet, not for two
    // happenings weeks apart (a threat and the port fees after it).
    let a = "On Aug. 10, Velmar threatened to send rockets toward the northern harbour of Ostrel.";
    let b = "The test answers the new port fees of Monday evening and the rockets aimed at \
             the northern harbour, an analyst said.";
    assert_eq!(
        two_dates_in_one_slot(
            (2022, 9, 14),
            ("On Aug. 10", (2022, 8, 10), a),
            ("Monday evening", (2022, 9, 12), b),
        ),
        vec![]
    );
    // The same sentences dating the same day are one happening.
    assert_eq!(
        two_dates_in_one_slot(
            (2022, 9, 14),
            ("On Aug. 10", (2022, 8, 10), a),
            ("Monday evening", (2022, 8, 10), b),
        ),
        vec![Verdict::Agree]
    );
}

#[test]
fn one_actor_told_of_in_mostly_the_same_words_is_one_happening_dated_two_ways() {
    let short =
        |verb: &str, when: &str| format!("The Harwick Ferry Board {verb} the pontoon {when}.");
    let (a, b) = (
        short("floated", "on Jan. 12"),
        short("unveiled", "on March 3"),
    );
    assert_eq!(
        two_dates_in_one_slot(
            (2022, 4, 20),
            ("on Jan. 12", (2022, 1, 12), &a),
            ("on March 3", (2022, 3, 3), &b),
        ),
        vec![Verdict::Conflict]
    );
    // One word in common among many is not the same thing told twice.
    let a = "The Harwick Ferry Board floated the pontoon on Jan. 12, after months of complaints \
             from fishermen about silt and noise.";
    let b = "The Harwick Ferry Board unveiled winter timetables for the crossings on March 3, \
             citing pontoon repairs.";
    assert_eq!(
        two_dates_in_one_slot(
            (2022, 4, 20),
            ("on Jan. 12", (2022, 1, 12), a),
            ("on March 3", (2022, 3, 3), b),
        ),
        vec![]
    );
}

#[test]
fn a_happening_both_clauses_name_and_every_shared_actor_strengthen_a_link() {
    // One actor, two words and the same happening ("unveiled", "announced"): a strong link,
    // so the two days are one announcement dated two ways.
    let a = "Ilsa Brandt unveiled plans for the solar glider two days ago, promising quieter \
             flights over the valley towns.";
    let b = "Critics scoffed when Ilsa Brandt first announced plans for the glider on Dec. 1 at \
             a crowded trade fair.";
    assert_eq!(
        two_dates_in_one_slot(
            (2022, 12, 22),
            ("two days ago", (2022, 12, 20), a),
            ("on Dec. 1", (2022, 12, 1), b),
        ),
        vec![Verdict::Conflict]
    );
    // Two actors and two words, no happening in the vocabulary ("flew"): strong too.
    let a = "Ilsa Brandt flew the glider with Pell Varga two days ago, promising quieter \
             flights over the valley towns.";
    let b = "Critics scoffed when Ilsa Brandt first flew the glider with Pell Varga on Dec. 1 \
             at a crowded trade fair.";
    assert_eq!(
        two_dates_in_one_slot(
            (2022, 12, 22),
            ("two days ago", (2022, 12, 20), a),
            ("on Dec. 1", (2022, 12, 1), b),
        ),
        vec![Verdict::Conflict]
    );
}

#[test]
fn dates_that_do_not_meet_of_one_subject_sharing_a_word_are_one_happening() {
    use super::fixtures::{day, one_story};
    let a = "The harbour-friendly visit of Mayor Orla Venn in November lifted the mood of \
             the fishing towns.";
    let b = "After Mayor Orla Venn pushed for a faster harbour build on Oct. 24, news of new \
             quays kept coming.";
    let verdicts = |subject: Option<&str>| {
        let sources = vec![source("a", (2022, 12, 10)), source("b", (2022, 11, 6))];
        let mut ma = day("a", "in November", (2022, 11, 1), a);
        ma.to = Date::from_ymd(2022, 11, 30);
        let mut mb = day("b", "on Oct. 24", (2022, 10, 24), b);
        ma.subject = subject.map(Into::into);
        mb.subject = subject.map(Into::into);
        one_story(sources, vec![ma, mb]).date_verdicts()
    };
    // Both claims are about the mayor: one happening dated two ways.
    assert_eq!(verdicts(Some("Orla Venn")), vec![Verdict::Conflict]);
    // The mayor named beside other things, one word in common: two happenings.
    assert_eq!(verdicts(None), vec![]);
}

#[test]
fn sums_that_name_what_they_are_meet_whoever_they_are_told_of_and_never_conflict() {
    use super::fixtures::one_story;
    let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
    let told_of = |mut m: Mention, subject: &str| {
        m.subject = Some(subject.into());
        m
    };
    let bill_a = "Lena Voss got a $4,120 water bill in May.";
    let bill_b = "A resident of Narro was sent a bill of more than $4,120.";
    let fine_a = "The court set a fine of $300 for the driver.";
    let fine_b = "The court set a fine of $900 for the driver.";
    let a = one_story(
        sources,
        vec![
            told_of(
                loose_amount("a", "$4,120", 4120.0, Bound::Exact, bill_a),
                "Lena Voss",
            ),
            loose_amount("a", "$300", 300.0, Bound::Exact, fine_a),
            told_of(
                loose_amount("b", "more than $4,120", 4120.0, Bound::AtLeast, bill_b),
                "Narro",
            ),
            loose_amount("b", "$900", 900.0, Bound::Exact, fine_b),
        ],
    );
    // One bill, however each names whom it is of; two fines of different values told in the
    // same words are two fines, not a conflict.
    assert_eq!(
        findings_of(&a, Kind::Amount),
        vec![
            (vec!["$300"], Verdict::Uncorroborated),
            (vec!["$4,120", "more than $4,120"], Verdict::Compatible),
            (vec!["$900"], Verdict::Uncorroborated),
        ]
    );
}

#[test]
fn the_very_same_length_told_again_in_a_story_with_a_word_in_common_is_one_thing() {
    use super::fixtures::{duration, one_story};
    let sources = vec![
        source("a", (2021, 3, 10)),
        source("b", (2021, 3, 11)),
        source("c", (2021, 3, 11)),
    ];
    let a_says = "The dog was in the pond for about 10 minutes before a keeper pulled it out.";
    let b_says = "A keeper had the dog for about 10 minutes, witnesses said.";
    let c_says = "The show then went on for about 10 minutes.";
    let a = one_story(
        sources,
        vec![
            duration("a", "about 10 minutes", "PT10M", Bound::Approx, a_says),
            duration("b", "about 10 minutes", "PT10M", Bound::Approx, b_says),
            duration("c", "about 10 minutes", "PT10M", Bound::Approx, c_says),
        ],
    );
    // The first two share a word ("keeper", "dog"); the third shares none.
    assert_eq!(
        findings_of(&a, Kind::Duration)
            .iter()
            .map(|(texts, _)| texts.len())
            .collect::<Vec<_>>(),
        vec![1, 2]
    );
}

/// A date of an article: `(doc, text, day, sentence, happening)`, with the happening
/// extraction read for it.
type DateAs<'a> = (&'a str, &'a str, (i32, u32, u32), &'a str, Option<&'a str>);

/// The verdicts of the date slots of articles' dates (published on `published`), with the
/// articles of each slot.
fn dated_slots(published: (i32, u32, u32), dates: &[DateAs]) -> Vec<(Vec<String>, Verdict)> {
    use super::fixtures::{day, one_story};
    let sources = dates
        .iter()
        .map(|d| source(d.0, published))
        .collect::<Vec<_>>();
    let mentions = dates
        .iter()
        .map(|&(doc, text, ymd, sentence, happening)| {
            let mut m = day(doc, text, ymd, sentence);
            m.happening = happening.map(str::to_owned);
            m
        })
        .collect();
    let a = one_story(sources, mentions);
    a.findings
        .iter()
        .filter(|f| f.kind == Kind::Date && f.members.len() > 1)
        .map(|f| {
            let docs = f
                .members
                .iter()
                .map(|m| a.mentions[m.mention].doc.clone())
                .collect();
            (docs, f.verdict)
        })
        .collect()
}

#[test]
fn a_date_of_a_saying_is_never_one_with_a_date_of_the_thing_said() {
    // Told in the same words with the same actors: without the happenings each clause names,
    // one slot, and the announcement's day conflicts with the launch's month.
    let a = "Two days ago, Olan Dreve of Varn Aerospace unveiled plans to launch the Brask \
             rocket with the Velo coupe in January.";
    let b = "Olan Dreve of Varn Aerospace will launch the Brask rocket with the Velo coupe \
             next month.";
    let c = "Olan Dreve of Varn Aerospace launches the Brask rocket with the Velo coupe in \
             January, the firm said.";
    let slots = dated_slots(
        (2022, 12, 22),
        &[
            ("a", "Two days ago", (2022, 12, 20), a, Some("unveiled")),
            ("b", "next month", (2023, 1, 1), b, Some("launch")),
            ("c", "in January", (2023, 1, 1), c, Some("launches")),
        ],
    );
    assert!(
        slots.iter().all(|(_, v)| *v != Verdict::Conflict),
        "{slots:?}"
    );
    // The two launch dates are one happening, and the announcement stands apart.
    assert!(slots
        .iter()
        .any(|(docs, v)| docs == &["b", "c"] && *v == Verdict::Agree));
}

/// The event slots `slots::group` makes of dates in one story, as lists of their articles.
fn grouped_dates(dates: &[DateAs]) -> Vec<Vec<String>> {
    use super::fixtures::day;
    use super::slots::{group, Compare, Overrides, SlotKind};
    let mut mentions: Vec<Mention> = dates
        .iter()
        .map(|&(doc, text, ymd, sentence, happening)| {
            let mut m = day(doc, text, ymd, sentence);
            m.happening = happening.map(str::to_owned);
            m
        })
        .collect();
    mentions.sort_by(|a, b| (&a.doc, a.start).cmp(&(&b.doc, b.start)));
    let names = SentenceNames::find(&mentions);
    let entities = learn_entities(&mentions, &names);
    let story = vec![0u32; mentions.len()];
    let span = mentions
        .iter()
        .filter_map(|m| m.from)
        .min()
        .zip(mentions.iter().filter_map(|m| m.to).max());
    let spans = [span];
    group(
        &mentions,
        &entities,
        &names,
        &Overrides::default(),
        Compare::Stories {
            story: &story,
            spans: &spans,
        },
    )
    .into_iter()
    .filter(|g| g.kind == SlotKind::Event)
    .map(|g| g.members.iter().map(|&i| mentions[i].doc.clone()).collect())
    .collect()
}

#[test]
fn a_saying_and_the_thing_said_are_never_grouped_as_one_happening() {
    // The same day, actors and words: without the happenings each clause names, one slot,
    // and a date whose clause names no happening ("d") chains the announcement to the launch
    // even when no announcement is linked to a launch directly.
    let a = "Olan Dreve of Varn Aerospace announced the Brask rocket launch at Pellow Point \
             with the Tenro crew on Friday.";
    let b = "Olan Dreve of Varn Aerospace launched the Brask rocket at Pellow Point on Friday.";
    let c = "On Friday, Olan Dreve of Varn Aerospace launched the Brask rocket at Pellow Point.";
    let d = "Olan Dreve of Varn Aerospace and the Tenro crew were with the Brask rocket at \
             Pellow Point on Friday.";
    let slots = grouped_dates(&[
        ("a", "on Friday", (2022, 12, 16), a, Some("announced")),
        ("b", "on Friday", (2022, 12, 16), b, Some("launched")),
        ("c", "On Friday", (2022, 12, 16), c, Some("launched")),
        ("d", "on Friday", (2022, 12, 16), d, None),
    ]);
    let slot_of = |doc: &str| slots.iter().position(|s| s.iter().any(|d| d == doc));
    assert_eq!(slot_of("b"), slot_of("c"), "{slots:?}");
    assert_ne!(slot_of("a"), slot_of("b"), "{slots:?}");
}

#[test]
fn dates_of_one_story_whose_clauses_name_one_happening_meet_whatever_else_they_share() {
    // No actor and no word in common but the happening itself: a derailment and "derailed"
    // on the same day are one crash.
    let a = "Rescue crews from Tolvane worked through the night after the derailment on \
             March 3.";
    let b = "An Ostbahn regional train derailed outside Varnby station on Tuesday.";
    // The same happening on another day with nothing else in common is not set against it.
    let d = "A freight wagon derailed near Oskar bridge on Friday.";
    let slots = grouped_dates(&[
        ("a", "on March 3", (2026, 3, 3), a, Some("worked")),
        ("b", "on Tuesday", (2026, 3, 3), b, Some("derailed")),
        ("d", "on Friday", (2026, 3, 6), d, Some("derailed")),
    ]);
    let slot_of = |doc: &str| slots.iter().position(|s| s.iter().any(|d| d == doc));
    assert!(slot_of("a").is_some(), "{slots:?}");
    assert_eq!(slot_of("a"), slot_of("b"), "{slots:?}");
    assert_ne!(slot_of("a"), slot_of("d"), "{slots:?}");
}

#[test]
fn a_year_of_counted_happenings_is_not_the_date_of_one() {
    // "launched 14 rockets in 2021": a year of many launches, none of them Tuesday's.
    let a = "Varn Aerospace launched 14 Brask rockets from Pellow Point in 2021.";
    let b = "Varn Aerospace launched a Brask rocket from Pellow Point on Tuesday.";
    let mut year = super::fixtures::day("a", "in 2021", (2021, 1, 1), a);
    year.to = Date::from_ymd(2021, 12, 31);
    year.happening = Some("launched".into());
    let mut count = Mention::new(
        "a",
        Kind::Count,
        "14",
        a.find("14").unwrap(),
        a.find("14").unwrap() + 2,
    );
    count.value = Some(14.0);
    count.unit = Some("Brask rockets".into());
    count.sentence = a.into();
    use super::fixtures::one_story;
    let mut tuesday = super::fixtures::day("b", "on Tuesday", (2021, 6, 15), b);
    tuesday.happening = Some("launched".into());
    let a = one_story(
        vec![source("a", (2021, 6, 16)), source("b", (2021, 6, 16))],
        vec![year, count, tuesday],
    );
    assert!(
        a.findings
            .iter()
            .all(|f| f.kind != Kind::Date || f.members.len() == 1),
        "{:?}",
        a.findings
    );
}

#[test]
fn dates_that_do_not_meet_conflict_only_when_both_clauses_say_what_they_date() {
    let a = "The Harwick Ferry Board floated the pontoon on Jan. 12.";
    let b = "The Harwick Ferry Board unveiled the pontoon on March 3.";
    let verdicts = |happening_a: Option<&str>, happening_b: Option<&str>| {
        dated_slots(
            (2022, 4, 20),
            &[
                ("a", "on Jan. 12", (2022, 1, 12), a, happening_a),
                ("b", "on March 3", (2022, 3, 3), b, happening_b),
            ],
        )
        .into_iter()
        .map(|(_, v)| v)
        .collect::<Vec<_>>()
    };
    // Both verbs read: one happening dated two ways.
    assert_eq!(
        verdicts(Some("floated"), Some("unveiled")),
        vec![Verdict::Conflict]
    );
    // One clause's verb not read: nothing says the two dates are of one happening.
    assert_eq!(verdicts(None, Some("unveiled")), vec![]);
    // A statement's day is not set against a happening no vocabulary knows.
    assert_eq!(verdicts(Some("floated"), Some("said")), vec![]);
}

#[test]
fn a_hedged_figure_its_own_article_contradicts_still_conflicts() {
    use super::fixtures::{duration, one_story};
    let delays = |a_also: Mention| {
        let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
        let a_exact = "The crowd sat through a 22-minute delay before the final set at Dunmere.";
        let b_says = "Play at Dunmere resumed after a 22-minute delay.";
        let a = one_story(
            sources,
            vec![
                duration("a", "22-minute", "PT22M", Bound::Exact, a_exact),
                a_also,
                duration("b", "22-minute", "PT22M", Bound::Exact, b_says),
            ],
        );
        findings_of(&a, Kind::Duration)
            .into_iter()
            .map(|(_, v)| v)
            .collect::<Vec<_>>()
    };
    // "About 40 minutes" cannot be 22 minutes: the article's own "22-minute" does not answer
    // for it, and another source's 22 minutes conflict with it.
    let a_hedged = "The final set at Dunmere was delayed for about 40 minutes.";
    assert_eq!(
        delays(duration(
            "a",
            "about 40 minutes",
            "PT40M",
            Bound::Approx,
            a_hedged
        )),
        vec![Verdict::Conflict]
    );
    // A hedge that holds the article's own reading is its looseness: compatible.
    let a_near = "The final set at Dunmere was delayed for about 23 minutes.";
    assert_eq!(
        delays(duration(
            "a",
            "about 23 minutes",
            "PT23M",
            Bound::Approx,
            a_near
        )),
        vec![Verdict::Compatible]
    );
}

#[test]
fn figures_narrowed_by_a_place_or_a_time_only_one_names_meet_when_their_values_hold() {
    use super::fixtures::one_story;
    let slots = |b: Mention, more: Vec<Mention>| {
        let sources = vec![
            source("a", (2021, 3, 10)),
            source("b", (2021, 3, 11)),
            source("c", (2021, 3, 11)),
        ];
        let a_says = "Some 30 Canadian rescuers searched the gorge above Velm.";
        let a_count = count("a", "Some 30", 30.0, "Canadian rescuers", a_says);
        let mut mentions = vec![a_count, b];
        mentions[0].bound = Some(Bound::Approx);
        mentions.extend(more);
        let a = one_story(sources, mentions);
        findings_of(&a, Kind::Count)
            .into_iter()
            .map(|(texts, v)| (texts.into_iter().map(str::to_owned).collect::<Vec<_>>(), v))
            .collect::<Vec<_>>()
    };
    let more_than = |doc: &str, value: f64, sentence: &str| {
        let text = format!("More than {value}");
        let mut m = count(doc, &text, value, "rescuers", sentence);
        m.bound = Some(Bound::AtLeast);
        m
    };
    // Canadian rescuers and rescuers of no place named, told in values that hold together:
    // one count.
    let b_says = "More than 25 rescuers worked through the night.";
    assert_eq!(
        slots(more_than("b", 25.0, b_says), vec![]),
        vec![(
            vec!["More than 25".to_owned(), "Some 30".to_owned()],
            Verdict::Compatible
        )]
    );
    // Values that do not hold together: which rescuers the other counts, nothing says.
    let b_says = "More than 500 rescuers worked through the night.";
    assert_eq!(slots(more_than("b", 500.0, b_says), vec![]).len(), 2);
    // Other words before the counted noun than a place: other rescuers.
    let b_says = "More than 25 mountain rescuers worked through the night.";
    let mut b = more_than("b", 25.0, b_says);
    b.unit = Some("mountain rescuers".into());
    assert_eq!(slots(b, vec![]).len(), 2);

    // Two narrower counts it would hold with (one of a place, one of a year long before the
    // story): it joins neither.
    let c_says = "Some 30 rescuers searched the gorge in 2009.";
    let mut c = count("c", "Some 30", 30.0, "rescuers", c_says);
    c.bound = Some(Bound::Approx);
    let text = "in 2009";
    let at = c_says.find(text).unwrap();
    let mut c_year = Mention::new("c", Kind::Date, text, at, at + text.len());
    c_year.from = Date::from_ymd(2009, 1, 1);
    c_year.to = Date::from_ymd(2009, 12, 31);
    c_year.sentence = c_says.into();
    let b_says = "More than 25 rescuers worked through the night.";
    let found = slots(more_than("b", 25.0, b_says), vec![c_year, c]);
    assert!(found.iter().all(|(texts, _)| texts.len() == 1), "{found:?}");
}

#[test]
fn a_long_span_counted_to_the_year_told_again_is_one_thing_whatever_lasted() {
    use super::fixtures::{duration, one_story};
    let slots = |iso: &str, years: &str| {
        let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
        let a_says = format!("Fans at Harrow Park had waited {years} for the pennant.");
        let b_says = format!("The jinx over the Otters held true for {years}.");
        let a = one_story(
            sources,
            vec![
                duration("a", years, iso, Bound::Exact, &a_says),
                duration("b", years, iso, Bound::Exact, &b_says),
            ],
        );
        findings_of(&a, Kind::Duration)
            .iter()
            .map(|(texts, _)| texts.len())
            .collect::<Vec<_>>()
    };
    // 43 years counted between two calendar years: one span.
    assert_eq!(slots("P43Y", "43 years"), vec![2]);
    // A round 40 years may be any two spans.
    assert_eq!(slots("P40Y", "40 years"), vec![1, 1]);
}

#[test]
fn an_approval_each_article_dates_as_its_own_day_news_weeks_apart_is_still_one() {
    use super::fixtures::{day, one_story};
    let date = |doc: &str, text: &str, (m, d): (u32, u32), sentence: &str| {
        day(doc, text, (2022, m, d), sentence)
    };
    let verdicts = |verb: &str| {
        let sources = vec![source("a", (2022, 5, 3)), source("b", (2022, 5, 21))];
        let a_says = format!("The Ostvale council {verb} the ferry plan on May 2.");
        let b_says = format!("The Ostvale council {verb} the ferry plan on May 20.");
        let a = one_story(
            sources,
            vec![
                date("a", "on May 2", (5, 2), &a_says),
                date("b", "on May 20", (5, 20), &b_says),
            ],
        );
        a.date_verdicts()
    };
    // A plan is approved once: the two days conflict, however far apart the articles are.
    assert_eq!(verdicts("approved"), vec![Verdict::Conflict]);
    // Launches recur: each article's news of its own day is its own launch.
    assert!(!verdicts("launched").contains(&Verdict::Conflict));
}

#[test]
fn two_statements_of_one_subject_on_days_apart_are_no_conflict() {
    use super::fixtures::{day, one_story};
    let verdicts = |a: &str, b: &str| {
        let sources = vec![source("a", (2022, 12, 10)), source("b", (2022, 11, 6))];
        let mut ma = day("a", "in November", (2022, 11, 1), a);
        ma.to = Date::from_ymd(2022, 11, 30);
        let mut mb = day("b", "on Oct. 24", (2022, 10, 24), b);
        ma.subject = Some("Orla Venn".into());
        mb.subject = Some("Orla Venn".into());
        one_story(sources, vec![ma, mb]).date_verdicts()
    };
    // Two things the mayor said, a week apart: two statements, not one dated two ways.
    let a = "The harbour-friendly remarks of Mayor Orla Venn in November lifted the mood of \
             the fishing towns.";
    let b = "After Mayor Orla Venn called for a faster harbour build on Oct. 24, news of new \
             quays kept coming.";
    assert!(!verdicts(a, b).contains(&Verdict::Conflict));
    // One statement told twice in mostly the same words is still dated two ways.
    let a = "Mayor Orla Venn said in November that the harbour build must go faster.";
    let b = "Mayor Orla Venn said on Oct. 24 that the harbour build must go faster.";
    assert_eq!(verdicts(a, b), vec![Verdict::Conflict]);
}

#[test]
fn dates_of_one_named_happening_group_before_dates_that_only_share_words() {
    // Two outlets retell the glider's showing in nearly the same words; a third dates the
    // announcement both the first and it name ("unveiled", "announced") to another day. Joined
    // by shared words first, the showing's dates made a slot the announcement's other date
    // could not join (one link in three); joined by the named happening first, the two days of
    // the announcement are one slot, and conflict.
    let a = "Ilsa Brandt unveiled plans for the solar glider two days ago, promising quieter \
             flights over the valley towns.";
    let b = "Critics scoffed when Ilsa Brandt first announced plans for the glider on Dec. 1 at \
             a crowded trade fair.";
    let c = "Ilsa Brandt showed the solar glider two days ago, promising quieter flights over \
             the valley towns.";
    let d = "Ilsa Brandt showed off the solar glider two days ago, promising quieter flights \
             over the valley towns again.";
    let slots = dated_slots(
        (2022, 12, 22),
        &[
            ("a", "two days ago", (2022, 12, 20), a, Some("unveiled")),
            ("b", "on Dec. 1", (2022, 12, 1), b, Some("announced")),
            ("c", "two days ago", (2022, 12, 20), c, Some("showed")),
            ("d", "two days ago", (2022, 12, 20), d, Some("showed off")),
        ],
    );
    assert!(
        slots.iter().any(|(docs, v)| docs.contains(&"a".to_owned())
            && docs.contains(&"b".to_owned())
            && *v == Verdict::Conflict),
        "{slots:?}"
    );
}

/// A date of an article: `(doc, text, day, sentence)`.
type DayIn<'a> = (&'a str, &'a str, (i32, u32, u32), &'a str);

/// The verdicts of the date slots of articles `a` (published `a_published`) and `b`
/// (published `b_published`).
fn date_verdicts_of(
    (a_published, b_published): ((i32, u32, u32), (i32, u32, u32)),
    dates: &[DayIn],
) -> Vec<Verdict> {
    use super::fixtures::{day, one_story};
    let sources = vec![source("a", a_published), source("b", b_published)];
    let mentions = dates
        .iter()
        .map(|&(doc, text, ymd, sentence)| day(doc, text, ymd, sentence))
        .collect();
    one_story(sources, mentions).date_verdicts()
}

#[test]
fn a_past_day_over_a_month_from_another_articles_news_is_another_happening() {
    let news = (
        "a",
        "on Tuesday",
        (2022, 5, 3),
        "Velmar fired a test rocket over the strait on Tuesday.",
    );
    // An article of July tells of a launch of June 10 as past: five weeks from the other's
    // news of May 3, another launch, not the same one misdated.
    let later = "Velmar fired a test rocket over the strait on June 10.";
    let verdicts = date_verdicts_of(
        ((2022, 5, 3), (2022, 7, 1)),
        &[news, ("b", "on June 10", (2022, 6, 10), later)],
    );
    assert!(!verdicts.contains(&Verdict::Conflict), "{verdicts:?}");
    // Eighteen days from it, it may be the same launch misdated: a conflict.
    let later = "Velmar fired a test rocket over the strait on May 21.";
    let verdicts = date_verdicts_of(
        ((2022, 5, 3), (2022, 7, 1)),
        &[news, ("b", "on May 21", (2022, 5, 21), later)],
    );
    assert_eq!(verdicts, vec![Verdict::Conflict]);
}

#[test]
fn a_state_since_a_month_holds_on_a_later_day() {
    use super::fixtures::{day, one_story};
    let month = |doc: &str, text: &str, (y, m): (i32, u32), sentence: &str| {
        let mut d = day(doc, text, (y, m, 1), sentence);
        d.to = Date::from_ymd(y, m, 28);
        d
    };
    let verdicts = |a: Mention, b: Mention| {
        let sources = vec![source("a", (2022, 12, 20)), source("b", (2022, 12, 21))];
        one_story(sources, vec![a, b]).date_verdicts()
    };
    let since = "Tankers of Velmar have moved fuel to the ships of Ostrel since February.";
    let feb = || month("a", "since February", (2022, 2), since);
    let in_march = "Tankers of Velmar moved fuel to the ships of Ostrel in March.";
    // Moving fuel since February holds in March.
    let found = verdicts(feb(), month("b", "in March", (2022, 3), in_march));
    assert!(!found.contains(&Verdict::Conflict), "{found:?}");
    // Two starts apart still conflict.
    let since_april = "Tankers of Velmar have moved fuel to the ships of Ostrel since April.";
    let found = verdicts(feb(), month("b", "since April", (2022, 4), since_april));
    assert_eq!(found, vec![Verdict::Conflict]);
}

#[test]
fn the_same_words_read_from_two_publications_are_no_conflict() {
    use super::fixtures::{day, one_story};
    let half = |doc: &str, text: &str, year: i32, relative: bool| {
        let sentence = format!("The old Velmar probe will fall back to Earth within {text}.");
        let mut d = day(doc, text, (year, 1, 1), &sentence);
        d.to = Date::from_ymd(year, 6, 30);
        d.basis = relative.then_some(claim::DateBasis::Relative);
        d
    };
    let verdicts = |a: Mention, b: Mention| {
        let sources = vec![source("a", (2020, 3, 2)), source("b", (2022, 3, 4))];
        one_story(sources, vec![a, b]).date_verdicts()
    };
    // Both write "the first half of this year", read from publications two years apart: the
    // texts say the same.
    let text = "the first half of this year";
    let found = verdicts(half("a", text, 2020, true), half("b", text, 2022, true));
    assert!(!found.contains(&Verdict::Conflict), "{found:?}");
    // The years written out differ: a conflict.
    let found = verdicts(
        half("a", "the first half of 2020", 2020, false),
        half("b", "the first half of 2022", 2022, false),
    );
    assert_eq!(found, vec![Verdict::Conflict]);
}

#[test]
fn a_date_of_another_thing_of_the_kind_is_no_conflict_with_the_news_however_once_it_happens() {
    use super::fixtures::{day, one_story};
    let verdicts = |b_says: &str| {
        let sources = vec![source("a", (2022, 5, 21)), source("b", (2022, 5, 22))];
        let a_says = "The Ostvale council approved the harbour ferry charter on May 16.";
        let text = "in March";
        let at = b_says.find(text).unwrap();
        let mut march = Mention::new("b", Kind::Date, text, at, at + text.len());
        march.from = Date::from_ymd(2022, 3, 1);
        march.to = Date::from_ymd(2022, 3, 31);
        march.sentence = b_says.into();
        let a = one_story(
            sources,
            vec![day("a", "on May 16", (2022, 5, 16), a_says), march],
        );
        a.date_verdicts()
    };
    // A charter is approved once: told of by both as the one approved, the days conflict.
    assert_eq!(
        verdicts("The Ostvale council approved the harbour ferry charter in March."),
        vec![Verdict::Conflict]
    );
    // "The one approved in March" is an earlier charter: no conflict with the news.
    assert!(!verdicts(
        "The Ostvale council harbour ferry charter extends the one approved in March."
    )
    .contains(&Verdict::Conflict));
    // Nor is "a charter that was approved in March".
    assert!(!verdicts(
        "The Ostvale council harbour ferry charter is banned by a charter that was approved in March."
    )
    .contains(&Verdict::Conflict));
}

/// The cross-source verdicts of the figure slots of `mentions`, analysed as one story.
fn story_figure_verdicts(mentions: Vec<Mention>) -> Vec<Verdict> {
    use super::fixtures::one_story;
    let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
    one_story(sources, mentions)
        .findings
        .iter()
        .filter(|f| f.kind.has_value() && f.scope == Scope::CrossSource)
        .map(|f| f.verdict)
        .collect()
}

#[test]
fn sums_a_hundred_times_apart_are_two_things_not_one_read_two_ways() {
    // A per-share figure and a total keyed alike: a billion times apart, no conflict.
    let verdicts = run(vec![
        money("a", "$1.75", 1.75, "USD", false),
        money("b", "$31.4 billion", 31.4e9, "USD", false),
    ])
    .findings
    .iter()
    .filter(|f| f.kind == Kind::Amount && f.scope == Scope::CrossSource)
    .map(|f| f.verdict)
    .collect::<Vec<_>>();
    assert!(!verdicts.contains(&Verdict::Conflict), "{verdicts:?}");
    // Under eight times apart is still one sum reported two ways.
    let a = run(vec![
        money("a", "$4.1 billion", 4.1e9, "USD", false),
        money("b", "$31.4 billion", 31.4e9, "USD", false),
    ]);
    assert_eq!(figure_finding(&a).verdict, Verdict::Conflict);
}

#[test]
fn a_contraction_or_a_common_word_opening_its_sentence_is_no_subject() {
    let with_subject = |doc: &str, text: &str, value: f64, subject: &str, sentence: &str| {
        let mut m = money(doc, text, value, "USD", false);
        m.subject = Some(subject.into());
        m.start = sentence.find(text).unwrap();
        m.end = m.start + text.len();
        m.sentence = sentence.into();
        m
    };
    let verdicts = |a: Mention, b: Mention, more: Vec<Mention>| {
        let mut mentions = vec![a, b];
        mentions.extend(more);
        run(mentions)
            .findings
            .iter()
            .filter(|f| f.kind == Kind::Amount && f.scope == Scope::CrossSource)
            .map(|f| f.verdict)
            .collect::<Vec<_>>()
    };
    // "You'll" is a pronoun and a verb: two prices of two things, no conflict.
    let found = verdicts(
        with_subject("a", "$40", 40.0, "You’ll", "You’ll pay $40 for the lamp."),
        with_subject("b", "$90", 90.0, "You'll", "You'll pay $90 for the sofa."),
        vec![],
    );
    assert!(!found.contains(&Verdict::Conflict), "{found:?}");
    // "Garden" opens both sentences, and the corpus writes "garden" in lower case.
    let lower = with_subject(
        "a",
        "$5",
        5.0,
        "Ostel",
        "The garden shop of Ostel sells seeds for $5.",
    );
    let found = verdicts(
        with_subject(
            "a",
            "$40",
            40.0,
            "Garden",
            "Garden stores will invest $40 here.",
        ),
        with_subject(
            "b",
            "$90",
            90.0,
            "Garden",
            "Garden centres will invest $90 here.",
        ),
        vec![lower.clone()],
    );
    assert!(!found.contains(&Verdict::Conflict), "{found:?}");
    // A name opening its sentence, never written in lower case, is still a subject.
    let found = verdicts(
        with_subject(
            "a",
            "$40",
            40.0,
            "Brandlow",
            "Brandlow will invest $40 here.",
        ),
        with_subject(
            "b",
            "$90",
            90.0,
            "Brandlow",
            "Brandlow will invest $90 here.",
        ),
        vec![lower],
    );
    assert!(found.contains(&Verdict::Conflict), "{found:?}");
}

#[test]
fn a_count_of_a_part_is_at_most_the_whole_another_source_gives() {
    use super::fixtures::toll;
    // Twenty-five killed in the north alone: the whole toll is at least 25, and 100 holds.
    let found = story_figure_verdicts(vec![
        toll("a", 25.0, "The storm killed 25 people in the north alone."),
        toll("b", 100.0, "The storm killed 100 people."),
    ]);
    assert!(!found.contains(&Verdict::Conflict), "{found:?}");
    assert!(found.contains(&Verdict::Compatible), "{found:?}");
    // Without "alone", 25 and 100 killed conflict.
    let found = story_figure_verdicts(vec![
        toll("a", 25.0, "The storm killed 25 people in the north."),
        toll("b", 100.0, "The storm killed 100 people."),
    ]);
    assert!(found.contains(&Verdict::Conflict), "{found:?}");
}

#[test]
fn counts_of_the_parts_of_a_series_are_told_apart_by_their_subject() {
    let games = |doc: &str, text: &str, value: f64, subject: Option<&str>, sentence: &str| {
        let mut m = count(doc, text, value, "games", sentence);
        m.subject = subject.map(str::to_owned);
        m
    };
    // Two runs of games told of no one: each team and player has its own.
    let found = story_figure_verdicts(vec![
        games(
            "a",
            "15",
            15.0,
            None,
            "The unbeaten run now stands at 15 games.",
        ),
        games(
            "b",
            "18",
            18.0,
            None,
            "He scored only twice in his first 18 games.",
        ),
    ]);
    assert!(!found.contains(&Verdict::Conflict), "{found:?}");
    // The same club's run told two ways conflicts.
    let found = story_figure_verdicts(vec![
        games(
            "a",
            "15",
            15.0,
            Some("Ostel Rovers"),
            "Ostel Rovers are unbeaten in 15 games.",
        ),
        games(
            "b",
            "18",
            18.0,
            Some("Ostel Rovers"),
            "Ostel Rovers are unbeaten in 18 games.",
        ),
    ]);
    assert!(found.contains(&Verdict::Conflict), "{found:?}");
}

/// The cross-source verdicts of two sources' counts of goals, two in `a_says` and three in
/// `b_says`, within one story.
fn two_and_three_goals(a_says: &str, b_says: &str) -> Vec<Verdict> {
    use super::fixtures::one_story;
    let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
    let a = one_story(
        sources,
        vec![
            count("a", "two", 2.0, "goals", a_says),
            count("b", "three", 3.0, "goals", b_says),
        ],
    );
    a.findings
        .iter()
        .filter(|f| f.kind == Kind::Count && f.scope == Scope::CrossSource)
        .map(|f| f.verdict)
        .collect()
}

#[test]
fn counts_of_a_bare_noun_told_in_different_parts_or_ways_of_a_contest_do_not_conflict() {
    let a_says = "The Gulls trailed by two goals in the second period before their late comeback.";
    let verdicts = |b_says: &str| two_and_three_goals(a_says, b_says);
    // The same part of the game, told in the same words: one count, two values.
    assert_eq!(
        verdicts(
            "The Gulls trailed by three goals in the second period before their late comeback."
        ),
        vec![Verdict::Conflict]
    );
    // Another part of the game: another count.
    assert!(!verdicts(
        "The Gulls trailed by three goals in the third period before their late comeback."
    )
    .contains(&Verdict::Conflict));
    // A distance still to go is no count of goals scored or conceded.
    assert!(!verdicts(
        "The Gulls trailed, within three goals of the lead before their late comeback."
    )
    .contains(&Verdict::Conflict));
}

#[test]
fn counts_joined_by_a_hyphen_tell_of_the_noun_after_them() {
    let a_says = "Late in the game the Gulls erased a two-goal deficit with a stunning comeback.";
    let verdicts = |b_says: &str| two_and_three_goals(a_says, b_says);
    // A deficit against a deficit: one thing told two ways.
    assert_eq!(
        verdicts(
            "Late in the game the Gulls erased a three-goal deficit with a stunning comeback."
        ),
        vec![Verdict::Conflict]
    );
    // A deficit against a burst of goals: two things.
    assert!(!verdicts(
        "Late in the game the Gulls struck a three-goal burst with a stunning comeback."
    )
    .contains(&Verdict::Conflict));
}

#[test]
fn last_times_since_a_year_of_different_subjects_are_not_set_against_each_other() {
    use super::fixtures::{day, one_story};
    let says = |year: &str| {
        format!(
            "Supporters of the club packed the square, hoping to see the harbour cup lifted for \
             the first time since {year}."
        )
    };
    let verdicts = |a_subject: Option<&str>, b_subject: Option<&str>| {
        let sources = vec![source("a", (2022, 5, 2)), source("b", (2022, 5, 2))];
        let mut a = day("a", "since 1961", (1961, 1, 1), &says("1961"));
        a.to = Date::from_ymd(1961, 12, 31);
        a.subject = a_subject.map(Into::into);
        let mut b = day("b", "since 1962", (1962, 1, 1), &says("1962"));
        b.to = Date::from_ymd(1962, 12, 31);
        b.subject = b_subject.map(Into::into);
        one_story(sources, vec![a, b]).date_verdicts()
    };
    // One club's last cup, told as two years: a conflict.
    assert_eq!(
        verdicts(Some("Ostel Gulls"), Some("Ostel Gulls")),
        vec![Verdict::Conflict]
    );
    // Two clubs' last cups, or a last time told of no one: two things.
    assert_eq!(verdicts(Some("Ostel Gulls"), Some("Varn Herons")), vec![]);
    assert_eq!(verdicts(Some("Ostel Gulls"), None), vec![]);
}

#[test]
fn a_year_written_before_a_noun_dates_that_noun_and_not_another() {
    use super::fixtures::{day, one_story};
    let says = |year: &str, noun: &str| {
        format!(
            "Critics still rank the {year} {noun} of the Velmar singer above everything the \
             band made."
        )
    };
    let year = |doc: &str, y: i32, noun: &str| {
        let mut d = day(doc, &y.to_string(), (y, 1, 1), &says(&y.to_string(), noun));
        d.to = Date::from_ymd(y, 12, 31);
        d
    };
    let verdicts = |b_noun: &str| {
        let sources = vec![source("a", (2022, 5, 2)), source("b", (2022, 5, 2))];
        one_story(
            sources,
            vec![year("a", 1998, "album"), year("b", 1999, b_noun)],
        )
        .date_verdicts()
    };
    // The year of one album told two ways: a conflict.
    assert_eq!(verdicts("album"), vec![Verdict::Conflict]);
    // The year of an album against the year of a tour: two things.
    assert_eq!(verdicts("tour"), vec![]);
}

#[test]
fn the_very_same_day_named_by_one_telling_happening_word_is_one_happening() {
    use super::fixtures::{day, one_story};
    // Two articles date a ferry's return to service to the same day, with one topic word in
    // common besides the verb and no name in either sentence.
    let a = "Since being repaired on March 9 the old vessel has crossed twice daily without \
             trouble.";
    let b = "Engineers said it was repaired in a dry dock near the estuary on March 9.";
    let verdicts = |happening: &str, b_day: u32| {
        let dated = |doc: &str, d: u32, sentence: &str| {
            let mut m = day(doc, "March 9", (2023, 3, d), sentence);
            m.happening = Some(happening.into());
            m
        };
        let sources = vec![source("a", (2023, 3, 20)), source("b", (2023, 3, 21))];
        one_story(sources, vec![dated("a", 9, a), dated("b", b_day, b)]).date_verdicts()
    };
    assert_eq!(verdicts("repaired", 9), vec![Verdict::Agree]);
    // A word as general as "made" tells no happening from another.
    assert_eq!(verdicts("made", 9), vec![]);
    // Different days of one word are not linked by the word alone: no conflict.
    assert_eq!(verdicts("repaired", 10), vec![]);
}

#[test]
fn dates_whose_clauses_name_two_different_happenings_are_not_set_against_each_other() {
    use super::fixtures::{day, one_story};
    use crate::model::frame;
    // Two articles share the rocket and the valley, and little else: one dates what the sirens
    // did to the farmers, the other what the rocket did, three days before.
    let a = "Sirens across the Tarn valley woke sleeping farmers and frightened cattle on Friday \
             while the Velor rocket roared overhead.";
    let b = "Engineers at the remote Kessig site said the Velor rocket launched on Tuesday after \
             three costly delays, dropping debris into the Tarn valley.";
    let verdicts = |a_word: &str, b_word: &str| {
        let mut first = day("a", "Friday", (2023, 6, 9), a);
        first.happening = Some(a_word.into());
        let mut second = day("b", "Tuesday", (2023, 6, 6), b);
        second.happening = Some(b_word.into());
        let sources = vec![source("a", (2023, 6, 10)), source("b", (2023, 6, 10))];
        one_story(sources, vec![first, second]).date_verdicts()
    };
    // One launch dated two ways, in one word or two of one concept: a conflict.
    assert_eq!(verdicts("launched", "launched"), vec![Verdict::Conflict]);
    assert_eq!(verdicts("fired", "launched"), vec![Verdict::Conflict]);
    // The farmers woken and the rocket launched: two happenings sharing names.
    assert_eq!(verdicts("woke", "launched"), vec![]);
    // A word as general as "came" tells nothing of which happening it is.
    assert_eq!(verdicts("came", "launched"), vec![Verdict::Conflict]);
    // Two sentences alike but for their verbs tell of one happening in two words.
    let a = "The harbour board of Lenmore cleared the new stone jetty at Dunvale on May 6.";
    let b = "The harbour board of Lenmore endorsed the new stone jetty at Dunvale on April 15.";
    let mut first = day("a", "May 6", (2023, 5, 6), a);
    first.happening = Some("cleared".into());
    let mut second = day("b", "April 15", (2023, 4, 15), b);
    second.happening = Some("endorsed".into());
    let sources = vec![source("a", (2023, 6, 10)), source("b", (2023, 6, 10))];
    assert_eq!(
        one_story(sources, vec![first, second]).date_verdicts(),
        vec![Verdict::Conflict]
    );
    assert!(frame::other_happening_words("restored", "discuss"));
    assert!(!frame::other_happening_words("reopened", "reopens"));
    assert!(!frame::other_happening_words("launch", "fired"));
    assert!(!frame::other_happening_words("said", "woke"));
}

#[test]
fn the_entries_of_a_list_of_several_things_are_not_the_storys_figure() {
    use super::fixtures::one_story;
    let verdicts = |entries: &[(&str, f64)]| {
        let sources = vec![
            source("a", (2021, 3, 10)),
            source("b", (2021, 3, 11)),
            source("c", (2021, 3, 11)),
        ];
        let heading = "Ostel flood: 30 people injured";
        let mut mentions = vec![
            count("a", "30", 30.0, "people", heading),
            count(
                "b",
                "30",
                30.0,
                "people",
                "The flood at Ostel left 30 people injured on Sunday.",
            ),
        ];
        for (label, value) in entries {
            let text = format!("{value}");
            let sentence = format!("{label}: {text} people injured");
            mentions.push(count("c", &text, *value, "people", &sentence));
        }
        let a = one_story(sources, mentions);
        a.findings
            .iter()
            .filter(|f| f.kind == Kind::Count && f.scope == Scope::CrossSource)
            .map(|f| f.verdict)
            .collect::<Vec<_>>()
    };
    // Three labelled lines of one measure and different values are a list of several
    // things: none is set against the story's toll, and the story's own heading of that form,
    // alone in its article, still agrees with the toll.
    let list = [("North depot", 12.0), ("West gate", 9.0), ("Old mill", 4.0)];
    let found = verdicts(&list);
    assert!(!found.contains(&Verdict::Conflict), "{found:?}");
    assert!(found.contains(&Verdict::Agree), "{found:?}");
    // Two such lines are no list: their counts are set against the toll.
    assert!(verdicts(&list[..2]).contains(&Verdict::Conflict));
}

#[test]
fn the_gap_is_told_in_the_unit_of_the_first_member_that_has_one() {
    use super::fixtures::{one_story, toll};
    let sources = vec![source("a", (2021, 3, 10)), source("b", (2021, 3, 11))];
    let mut bare = toll("a", 85.0, "The storm's death toll rose to 85 on Friday.");
    bare.unit = None;
    let mut killed = toll("b", 77.0, "The storm killed 77 people on Friday.");
    killed.unit = Some("people killed".into());
    let a = one_story(sources, vec![bare, killed]);
    let conflict = a
        .findings
        .iter()
        .find(|f| f.kind == Kind::Count && f.verdict == Verdict::Conflict)
        .expect("85 against 77 killed");
    let first = &a.mentions[conflict.members[0].mention];
    assert_eq!(first.unit, None, "the bare count is first");
    assert_eq!(a.unit_of(conflict), "");
    assert_eq!(a.gap_unit_of(conflict), "people killed");
    assert_eq!(
        conflict.gap.as_ref().map(|g| g.unit.as_str()),
        Some("people killed")
    );
}

#[test]
fn a_decade_joined_to_a_noun_describes_it_and_dates_no_figure() {
    use super::fixtures::one_story;
    let dated = |doc: &str, sentence: &str| count(doc, "12", 12.0, "jumbo jets", sentence);
    let decade = |doc: &str, sentence: &str, text: &str| {
        let start = sentence.find(text).unwrap();
        let mut m = Mention::new(doc, Kind::Date, text, start, start + text.len());
        m.from = Date::from_ymd(1980, 1, 1);
        m.to = Date::from_ymd(1989, 12, 31);
        m.sentence = sentence.into();
        m
    };
    let verdicts = |b: &str, text: &str| {
        let sources = vec![source("a", (2023, 3, 20)), source("b", (2023, 3, 21))];
        let a = "The new launcher lifts as much as 12 jumbo jets at full power.";
        let mentions = vec![dated("a", a), dated("b", b), decade("b", b, text)];
        one_story(sources, mentions)
            .findings
            .iter()
            .filter(|f| f.kind == Kind::Count && f.members.len() > 1)
            .map(|f| f.verdict)
            .collect::<Vec<_>>()
    };
    // "1980s-era" tells what kind of rocket the other one is: the count is the story's own.
    let era = "It lifts as much as 12 jumbo jets, more than the Velmar 1980s-era rocket did.";
    assert_eq!(verdicts(era, "1980s"), vec![Verdict::Agree]);
    // "in the 1980s" dates the sentence's count: another time than the story's.
    let then = "It lifts as much as 12 jumbo jets, as rockets did in the 1980s.";
    assert_eq!(verdicts(then, "1980s"), vec![]);
}
