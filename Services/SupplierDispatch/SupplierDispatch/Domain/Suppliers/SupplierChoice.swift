import Contracts

/// R6: the supplier an order's next purchase order goes to, and why.
///
/// **Candidates** are the variation's offers (the merchant's order is the rank: 1, 2, 3) less the suppliers
/// already tried for the order (a supplier gets at most one purchase order per order), the suppliers whose known
/// stock is below the quantity (stock absent from the map is unknown and allowed), and offers whose price parts are
/// in different currencies or whose landed cost does not fit in 64-bit minor units (their landed cost cannot be
/// stated on a purchase order).
///
/// **Ranking** is by merit, highest first:
///
///     merit   = score − 0.5 × premium
///     premium = percentage by which the candidate's landed cost (`cost(quantity:)`) exceeds the cheapest
///               candidate's; 0 for every candidate when their costs are not all in one currency
///
/// so a supplier 10% dearer than another needs 5 more score points to win. Merits are compared in tenths of a
/// point, and equal merits go to the merchant's higher rank, which makes the choice deterministic.
public struct SupplierChoice: Hashable, Sendable {
    /// Score points a candidate loses per percent of landed cost above the cheapest candidate.
    public static let costWeight = 0.5

    /// The chosen offer.
    public var offer: SupplierOfferRecord
    /// Its place in the merchant's order of the variation's offers, from 1.
    public var rank: Int
    /// Its landed cost for the order's quantity: product × quantity + shipping + processing fee.
    public var cost: Money
    /// The supplier's score when chosen (`SupplierScorecard.score`).
    public var score: Double
    /// Why this supplier, for people: "rank 2 of 3, stock 40, score 91, cost 12.30 USD (cheapest)".
    public var explanation: String

    /// The chosen supplier.
    public var supplierID: SupplierID { offer.supplierID }

    /// Chooses the best candidate (see the type's summary), or nil when none is left.
    /// - Parameters:
    ///   - offers: the variation's offers in the merchant's order.
    ///   - quantity: units the purchase order asks for.
    ///   - tried: suppliers that already had a purchase order of this order.
    ///   - stock: known supplier stock of the variation; a supplier absent from it has unknown stock.
    ///   - scorecards: known cards; a supplier absent from them has an empty card (the neutral prior).
    public static func choose(
        from offers: [SupplierOfferRecord], quantity: Int, excluding tried: Set<SupplierID>,
        stock: [SupplierID: Int], scorecards: [SupplierID: SupplierScorecard]
    ) -> SupplierChoice? {
        let candidates = offers.enumerated().compactMap { index, offer -> Candidate? in
            guard !tried.contains(offer.supplierID), stock[offer.supplierID].map({ $0 >= quantity }) ?? true,
                let cost = landedCost(of: offer, quantity: quantity)
            else { return nil }
            let score = (scorecards[offer.supplierID] ?? .zero).score
            return Candidate(offer: offer, rank: index + 1, cost: cost, score: score)
        }
        let currencies = Set(candidates.map(\.cost.currency))
        let cheapest = currencies.count == 1 ? candidates.map(\.cost.minorUnits).min() : nil
        let best = candidates.min { lhs, rhs in
            let (left, right) = (lhs.meritTenths(cheapest: cheapest), rhs.meritTenths(cheapest: cheapest))
            return left != right ? left > right : lhs.rank < rhs.rank
        }
        guard let best else { return nil }
        return SupplierChoice(
            offer: best.offer, rank: best.rank, cost: best.cost, score: best.score,
            explanation: best.explanation(of: offers.count, stock: stock[best.offer.supplierID], cheapest: cheapest))
    }

    /// The offer's cost for `quantity`, or nil when its parts are in different currencies or the cost does not fit
    /// in 64-bit minor units (an offer from a catalogue loaded before costs were bounded).
    private static func landedCost(of offer: SupplierOfferRecord, quantity: Int) -> Money? {
        try? offer.cost(quantity: quantity)
    }
}

/// One offer still in the running, with what the ranking needs.
private struct Candidate {
    var offer: SupplierOfferRecord
    var rank: Int
    var cost: Money
    var score: Double

    /// Percent above the cheapest candidate's cost; 0 when costs are not compared (`cheapest` nil). Computed in
    /// `Double`, where no difference of two costs can overflow.
    func premium(cheapest: Int64?) -> Double {
        guard let cheapest else { return 0 }
        return (Double(cost.minorUnits) - Double(cheapest)) * 100 / Double(max(cheapest, 1))
    }

    /// The merit in tenths of a point, so that near-equal merits tie and the rank decides; clamped to ±10^15
    /// tenths, far beyond any real merit, so that a premium of a wildly dearer offer converts to `Int` without
    /// trapping.
    func meritTenths(cheapest: Int64?) -> Int {
        let tenths = (10 * (score - SupplierChoice.costWeight * premium(cheapest: cheapest))).rounded()
        return Int(min(max(tenths, -Self.meritBound), Self.meritBound))
    }

    /// The largest merit, in tenths, that `meritTenths` returns.
    private static let meritBound = 1e15

    func explanation(of count: Int, stock: Int?, cheapest: Int64?) -> String {
        let stockText = stock.map { "stock \($0)" } ?? "stock unknown"
        let costNote: String
        if cheapest == nil {
            costNote = "cost not compared: mixed currencies"
        } else if cost.minorUnits == cheapest {
            costNote = "cheapest"
        } else {
            costNote = "+\(Int(min(premium(cheapest: cheapest), Self.meritBound).rounded()))% over cheapest"
        }
        return "rank \(rank) of \(count), \(stockText), score \(Int(score.rounded())), cost \(cost) (\(costNote))"
    }
}
