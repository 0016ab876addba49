import Contracts

/// What Dispatch has counted of one supplier's purchase orders (R7): the raw counts behind its on-time rate,
/// accuracy and rejection rate, and through them its score in the supplier choice (R6).
///
/// The card is the published `ScorecardCounts` itself: every field is a count, so cards add up (each dispatch
/// partition keeps its own card per supplier, and the supplier's whole record is their sum), and the rates and
/// the score are the published derivation, `SupplierScoring`, that clients apply to what `dispatch.scorecards`
/// answers. Counts only grow through the domain's `record…` methods (`SupplierScorecard+Recording.swift`).
public typealias SupplierScorecard = ScorecardCounts
