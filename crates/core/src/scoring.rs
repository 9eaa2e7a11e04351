//! Scoring: pure functions over the content packs and a set of answers.
//!
//! - [`score_selfcheck`]: IPA's 25-question self-check, scored exactly as IPA does.
//! - [`score_maturity`]: Mamori's own maturity check, a percentage per METI direction.
//! - [`sa_readiness`]: which SECURITY ACTION checks a company meets.

mod maturity;
mod security_action;
mod selfcheck;

pub use maturity::{DirectionMaturity, MaturityError, MaturityScore, score_maturity};
pub use security_action::{
    CheckStatus, LevelReadiness, SaCheck, SaDeclarations, highest_ready, sa_readiness, stars,
};
pub use selfcheck::{
    PartScore, SelfCheckAnswer, SelfCheckError, SelfCheckScore, SelfCheckTally, score_selfcheck,
    selfcheck_band,
};
