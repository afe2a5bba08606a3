//! Bits of [`super::Lexicon::classes`]: the vocabularies a word belongs to, and its role in a
//! clause, as a token carries them (`extract::text::Token::class`).

pub const NUMBER: u32 = 1;
pub const RATIO: u32 = 1 << 1;
pub const SPEECH: u32 = 1 << 2;
pub const MONTH: u32 = 1 << 3;
pub const WEEKDAY: u32 = 1 << 4;
pub const FUNCTION: u32 = 1 << 5;
pub const PRONOUN: u32 = 1 << 6;
pub const DETERMINER: u32 = 1 << 7;
pub const TITLE: u32 = 1 << 8;
pub const ROLE: u32 = 1 << 9;
pub const DEMONYM: u32 = 1 << 10;
pub const ORG: u32 = 1 << 11;
/// The first word of a fixed-day holiday's name.
pub const HOLIDAY: u32 = 1 << 12;
/// The first word of a fraction of a whole ("two" of "two thirds", "half").
pub const FRACTION: u32 = 1 << 13;
/// A word that multiplies what follows ("twice", "double").
pub const MULTIPLIER: u32 = 1 << 14;
/// `person_nouns`, `places`, `abbreviations`, `past_verbs`: the sets themselves stay for
/// lookups of other strings than a token (a name of several words, a word trimmed).
pub const PERSON_NOUN: u32 = 1 << 15;
pub const PLACE: u32 = 1 << 16;
pub const ABBREVIATION: u32 = 1 << 17;
pub const PAST_VERB: u32 = 1 << 18;
/// [`super::DATE_KEYWORDS`].
pub const DATE_KEYWORD: u32 = 1 << 19;
/// A verb of believing, expecting or wanting (`belief_verbs`).
pub const BELIEF: u32 = 1 << 20;
/// A word without a digit that some figure detector of `extract::figures` opens with:
/// [`super::FIGURE_OPENERS`] and the how-often adverbs (`data/words/how-often-adverbs.tsv`).
pub const FIGURE_OPENER: u32 = 1 << 21;
/// [`super::DATE_OPENERS`].
pub const DATE_OPENER: u32 = 1 << 22;
/// A word of `data/words/clause-words.tsv`; its role there (from one, in the order of
/// [`super::CLAUSE_ROLES`]) stands in the four bits from `CLAUSE_ROLE_SHIFT` up
/// (`CLAUSE_ROLE_MASK` once shifted down).
pub const CLAUSE_WORD: u32 = 1 << 23;
pub const CLAUSE_ROLE_SHIFT: u32 = 24;
pub const CLAUSE_ROLE_MASK: u32 = 0xF;
/// Bits of words of the lists that `extract::people` asks about most, told by the token's bits
/// rather than a lookup of its text: `org_anaphors` and `speech_verbs` (the verbs alone, not
/// [`SPEECH`]'s phrases and interview verbs).
pub const ORG_ANAPHOR: u32 = 1 << 28;
pub const SPEECH_VERB: u32 = 1 << 29;
/// The commonest function words of English and of other languages written in the Latin
/// alphabet (`data/words/function-words.tsv`), which `extract::language` tallies at every word
/// of an article: told by the token's bits rather than two lookups of its text.
pub const ENGLISH_FUNCTION: u32 = 1 << 30;
pub const FOREIGN_FUNCTION: u32 = 1 << 31;
