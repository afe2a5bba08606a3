//! Tools around the pipeline rather than in it: [`eval`] scores extraction against hand
//! annotations, [`story_eval`] story grouping against reference events and [`verdict_eval`]
//! cross-source findings against expected verdicts, [`synth`] writes
//! synthetic corpora with planted verdicts for the benchmarks, from the seeded generator of
//! [`rng`] that the benchmarks use too.

pub mod eval;
pub mod rng;
pub mod story_eval;
pub mod synth;
pub mod verdict_eval;
