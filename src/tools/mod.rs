//! Tools around the pipeline rather than in it: [`eval`] scores extraction against hand
//! annotations, [`synth`] writes synthetic corpora with planted verdicts for the benchmarks.

pub mod eval;
pub mod synth;
