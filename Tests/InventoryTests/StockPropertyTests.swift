import Contracts
import Foundation
import Inventory
import Testing

/// R2: whatever the sequence of calls, a listing never oversells and never loses or creates a unit.
struct StockPropertyTests {
    @Test(arguments: [1, 7, 42, 2026] as [UInt64])
    func noSequenceOfOperationsOversells(seed: UInt64) throws {
        // Given a listing with two SKUs and a seeded generator (replay a failure with its seed)
        var random = SeededGenerator(seed: seed)
        var listing = try InventoryFixture.listing(["TEE-M": 8, "TEE-L": 2])
        var totals = InventoryFixture.totals(listing)
        var now = InventoryFixture.t0
        var applied: [String: Int] = [:]
        var crossings = 0

        for step in 0..<5000 {
            // When a random operation is applied (about one in five is refused: that is part of the test)
            now.addTimeInterval(Double.random(in: 0...90, using: &random))
            let operation = StockOperation.random(using: &random)
            let before = listing
            let events: [InventoryEvent]
            do {
                events = try operation.apply(to: &listing, at: now)
            } catch {
                // Then a refused operation changes nothing
                #expect(listing == before, "step \(step): \(operation) threw \(error) and changed the listing")
                continue
            }
            applied[operation.kind, default: 0] += 1
            crossings += events.count { $0.soldOutCrossing != nil }

            // Then a feed sets availability to the suppliers' stock minus reservations, and nothing else
            // changes the total; every unit stays accounted for and availability never goes below 0
            if case .feed(_, let sku, _, _) = operation, let variation = listing.variation(sku) {
                let onShelves = variation.supplierStock.values.reduce(0) { $0 + $1.quantity }
                #expect(variation.available == max(0, onShelves - variation.reserved), "step \(step): \(operation)")
                totals[sku] = variation.available + variation.reserved + variation.sold
            }
            let violation = InventoryFixture.invariantViolation(listing, totals: totals)
            #expect(violation == nil, "step \(step): \(operation)")
            // And Sold Out facts are published exactly when a SKU's availability reaches or leaves 0
            for variation in listing.variations {
                let wasSoldOut = before.variation(variation.sku)?.isSoldOut == true
                let crossing =
                    wasSoldOut == variation.isSoldOut
                    ? []
                    : [
                        variation.isSoldOut
                            ? "sold_out \(variation.sku)" : "back_in_stock \(variation.sku) \(variation.available)"
                    ]
                #expect(
                    events.compactMap(\.soldOutCrossing).filter { $0.contains(variation.sku) } == crossing,
                    "step \(step): \(operation)")
            }
            if violation != nil { break }
        }
        // And the sequence exercised every operation and the Sold Out boundary
        #expect(applied.count == 6 && applied.values.allSatisfy { $0 >= 50 }, "applied: \(applied)")
        #expect(crossings >= 50)
    }
}

/// One call on a listing, with random arguments drawn from small pools so that retries, repeats and
/// conflicts happen often.
enum StockOperation: CustomStringConvertible {
    case reserve(OrderID, sku: String, quantity: Int, ttl: TimeInterval)
    case confirm(OrderID)
    case release(OrderID, ReleaseReason)
    case expire
    case markSold(OrderID)
    case feed(SupplierID, sku: String, quantity: Int, referenceLevel: Int)

    static func random(using random: inout SeededGenerator) -> StockOperation {
        let order = OrderID(rawValue: "ord_\(Int.random(in: 0..<40, using: &random))")
        let sku = ["TEE-M", "TEE-M", "TEE-L", "TEE-XL"].randomElement(using: &random)!
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<35:
            return .reserve(
                order, sku: sku, quantity: Int.random(in: 0...11, using: &random),
                ttl: Double.random(in: 60...900, using: &random))
        case 35..<55: return .confirm(order)
        case 55..<70: return .release(order, ReleaseReason.allCases.randomElement(using: &random)!)
        case 70..<78: return .expire
        case 78..<88: return .markSold(order)
        default:
            return .feed(
                ["sup_a", "sup_b"].randomElement(using: &random)!, sku: sku,
                quantity: Int.random(in: 0...25, using: &random), referenceLevel: Int.random(in: 1...40, using: &random)
            )
        }
    }

    func apply(to listing: inout Listing, at: Date) throws -> [InventoryEvent] {
        switch self {
        case .reserve(let order, let sku, let quantity, let ttl):
            try listing.reserve(orderID: order, sku: sku, quantity: quantity, at: at, ttl: ttl).events
        case .confirm(let order): try listing.confirm(orderID: order, at: at)
        case .release(let order, let reason): try listing.release(orderID: order, reason: reason, at: at)
        case .expire: listing.expirePending(at: at).events
        case .markSold(let order): try listing.markSold(orderID: order, at: at)
        case .feed(let supplier, let sku, let quantity, let referenceLevel):
            try listing.applySupplierStock(
                supplierID: supplier, sku: sku, quantity: quantity, referenceLevel: referenceLevel, at: at)
        }
    }

    /// The operation's name, for counting.
    var kind: String { String(description.prefix { $0 != "(" }) }

    var description: String {
        switch self {
        case .reserve(let order, let sku, let quantity, let ttl):
            "reserve(\(order), \(sku) × \(quantity), ttl \(Int(ttl)) s)"
        case .confirm(let order): "confirm(\(order))"
        case .release(let order, let reason): "release(\(order), \(reason))"
        case .expire: "expirePending"
        case .markSold(let order): "markSold(\(order))"
        case .feed(let supplier, let sku, let quantity, let referenceLevel):
            "feed(\(supplier), \(sku): \(quantity)/\(referenceLevel))"
        }
    }
}
