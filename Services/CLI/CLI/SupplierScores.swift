import Contracts
import Foundation

/// The mesh-wide supplier scorecards (R7): each partition's cards (`dispatch.scorecards`) summed per supplier, as
/// `dropline suppliers scorecards` and the demo's summary print them; rates and score are Dispatch's published
/// derivation (`SupplierScoring`).
public struct SupplierScores: Sendable {
    /// Each supplier's summed counts, by supplier id.
    let cards: [(supplier: String, card: ScorecardCounts)]
    /// Every supplier's counts together.
    let total: ScorecardCounts

    /// Sums the partitions' `dispatch.scorecards` answers.
    public init(lists: [ScorecardList]) {
        cards = ScorecardList.merged(lists).sorted { $0.key < $1.key }.map { (supplier: $0.key, card: $0.value) }
        total = cards.reduce(.zero) { $0 + $1.card }
    }

    /// Each supplier's summed counts, keyed by supplier id.
    var bySupplier: [String: ScorecardCounts] {
        Dictionary(uniqueKeysWithValues: cards.map { ($0.supplier, $0.card) })
    }

    /// Purchase orders that reached a supplier.
    public var purchaseOrders: Int { total.purchaseOrders }

    /// Purchase orders that closed without shipping, each handing the order to the next supplier (R6): refused,
    /// out of stock, not acknowledged in time, or not shipped in time.
    public var failovers: Int {
        total.rejected + total.outOfStock + total.notAcknowledged + total.shipDeadlineMissed
    }

    /// `rejected 3, out of stock 1, not acknowledged 2, ship deadline missed 0`.
    public var failoverBreakdown: String {
        "rejected \(total.rejected), out of stock \(total.outOfStock), not acknowledged \(total.notAcknowledged), "
            + "ship deadline missed \(total.shipDeadlineMissed)"
    }

    /// One line per supplier: purchase orders, on-time rate, accuracy against the 98% target, rejection rate,
    /// mean time to acknowledge and score; `-` where a rate has nothing to count yet.
    public func table(indent: String = "") -> String {
        guard !cards.isEmpty else { return indent + "No purchase orders yet." }
        let target = Int((ScorecardCounts.accuracyTarget * 100).rounded())
        var rows = [["SUPPLIER", "POS", "ON-TIME", "ACCURACY (\(target)%)", "REJECTED", "MEAN ACK", "SCORE"]]
        for (supplier, card) in cards {
            let accuracy = card.accuracy.map { Self.percent($0) + (card.isBelowAccuracyTarget ? " *" : "") }
            rows.append([
                supplier, "\(card.purchaseOrders)", card.onTimeRate.map(Self.percent) ?? "-", accuracy ?? "-",
                card.rejectionRate.map(Self.percent) ?? "-", card.meanAcknowledgeSeconds.map(Self.duration) ?? "-",
                String(format: "%.1f", card.score),
            ])
        }
        var text = TextTable.render(rows, rightAligned: [1, 2, 3, 4, 5, 6], indent: indent)
        if cards.contains(where: { $0.card.isBelowAccuracyTarget }) {
            text += "\n\(indent)* below the \(target)% accuracy target (R7)"
        }
        return text
    }

    /// `97.5%`.
    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

    /// `42m`, `1h05m`, `2d03h`.
    static func duration(_ seconds: Double) -> String {
        let minutes = Int((seconds / 60).rounded())
        if minutes < 60 { return "\(minutes)m" }
        if minutes < 24 * 60 { return String(format: "%dh%02dm", minutes / 60, minutes % 60) }
        return String(format: "%dd%02dh", minutes / (24 * 60), minutes / 60 % 24)
    }
}
