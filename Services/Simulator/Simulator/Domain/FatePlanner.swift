import Contracts
import Foundation
import SeededRandom

/// Draws each purchase order's fate from its supplier's behaviour with a generator seeded by the simulator's
/// `seed` and the purchase order id, so that the same seed gives the same fates whatever the arrival order
/// (R6, R7).
///
/// Every draw is made for every purchase order, in a fixed order (outcome, acknowledgement delay, ship delay,
/// lateness, carrier, serial), so that changing one rate does not shift the other draws.
public struct FatePlanner: Sendable {
    /// How long after receipt a late supplier ships: past the 48-hour SLA (R7).
    public static let lateShipAfter: TimeInterval = 60 * 3_600

    public let seed: UInt64
    /// The mesh's carriers: a chosen carrier the simulator has no `SimulatedCarrier` for is numbered from its
    /// formats (`CatalogueNumbering`).
    public let carriers: CarrierCatalogue

    public init(seed: UInt64, carriers: CarrierCatalogue = CarrierCatalogue([])) {
        self.seed = seed
        self.carriers = carriers
    }

    /// The fate of `request`, received at `receivedAt`, under `behaviour`. A shipment goes with the carrier the
    /// purchase order names (`request.shipping`, R9) when it is one the simulator knows, else with one of the
    /// behaviour's carriers.
    ///
    /// - Parameter isTaken: whether another purchase order already has a tracking number; a taken number is
    ///   drawn again from the same generator, so that no two parcels share one.
    public func plan(
        for request: PurchaseOrderRequest, receivedAt: Date, behaviour: SupplierBehaviour,
        isTaken: (String) throws -> Bool
    ) rethrows -> FatePlan {
        var random = SplitMix64(seed: seed, purchaseOrder: request.purchaseOrderID)
        let fate = random.nextUnit()
        let ackDelay = Self.seconds(behaviour.ackDelayMinutes.value(at: random.nextUnit()) * 60)
        let shipDelay = Self.seconds(behaviour.shipDelayHours.value(at: random.nextUnit()) * 3_600)
        let isLate = random.nextUnit() < behaviour.lateShipRate
        let carrierName = behaviour.carriers[random.nextInt(below: behaviour.carriers.count)]
        let respondAt = receivedAt.addingTimeInterval(ackDelay)

        var threshold = behaviour.silentRate
        if fate < threshold { return FatePlan(outcome: .silent) }
        threshold += behaviour.rejectRate
        if fate < threshold {
            return FatePlan(outcome: .rejected, rejectAt: respondAt, detail: "The supplier declined the order.")
        }
        threshold += behaviour.outOfStockRate
        if fate < threshold {
            return FatePlan(
                outcome: .outOfStock, rejectAt: respondAt, detail: "No stock of \(request.sku) left.")
        }
        // R9: the service level Dispatch chose, when the simulator can number its parcels; else its own draw.
        let chosen = request.shipping.flatMap {
            SimulatedCarrier.named($0.serviceLevel) ?? SimulatedCarrier.named($0.carrier)
        }
        let catalogued = request.shipping.flatMap { choice in
            carriers.carrier(named: choice.carrier).map { CatalogueNumbering(carrier: $0, origin: choice.origin) }
        }
        guard let carrier = chosen ?? SimulatedCarrier.named(carrierName) else {
            preconditionFailure("behaviour names unknown carrier \(carrierName); it was validated when set")
        }
        /// A number for `serial`: the chosen catalogue carrier's when the simulator has no carrier of its own for
        /// the choice and can write one of its formats.
        func number(_ serial: Int) -> (carrier: String, number: String) {
            if chosen == nil, let catalogued, let number = catalogued.trackingNumber(serial: serial) {
                return (catalogued.carrier.name, number)
            }
            return (carrier.name, carrier.trackingNumber(serial: serial).description)
        }
        var shipment = number(random.nextInt(below: 100_000_000))
        while try isTaken(shipment.number) {
            shipment = number(random.nextInt(below: 100_000_000))
        }
        let shipAt =
            isLate
            ? max(receivedAt.addingTimeInterval(Self.lateShipAfter), respondAt)
            : respondAt.addingTimeInterval(shipDelay)
        return FatePlan(
            outcome: isLate ? .shipsLate : .ships, acknowledgeAt: respondAt, shipAt: shipAt,
            carrier: shipment.carrier, trackingNumber: shipment.number)
    }

    /// The supplier's reference for a purchase order: `SIM-` and ten hexadecimal digits of a stable hash.
    static func supplierReference(for purchaseOrder: PurchaseOrderID) -> String {
        let hex = String(SplitMix64.stableHash(purchaseOrder.rawValue), radix: 16, uppercase: true)
        return "SIM-" + String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(10))
    }

    /// Whole seconds, so that planned times read cleanly.
    private static func seconds(_ value: Double) -> TimeInterval {
        value.rounded()
    }
}
