extension ScorecardList {
    /// Every supplier's mesh-wide counts: the cards of the partitions' `dispatch.scorecards` answers summed per
    /// supplier id (R7). A supplier no partition has counted is absent.
    public static func merged(_ lists: [ScorecardList]) -> [String: ScorecardCounts] {
        lists.reduce(into: [:]) { sums, list in
            for (supplier, counts) in list.scorecards { sums[supplier, default: .zero] += counts }
        }
    }
}
