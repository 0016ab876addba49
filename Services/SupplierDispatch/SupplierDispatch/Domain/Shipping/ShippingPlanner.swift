import Contracts

/// R9: chooses the carrier service level a purchase order ships with, by destination, speed and cost, and says why.
///
/// The candidates are the catalogue's service levels whose carrier takes parcels from the origin (the listing's
/// country of origin, where its suppliers ship from) and that deliver to the destination, with a price in the
/// destination's zone. When the order falls under Confirmed Delivery (`ConfirmedDeliveryPolicy`: destination and
/// order value, unit price × quantity), only levels with last-mile tracking count.
///
/// Among them: the cheapest level whose promised maximum transit is at most `maxTransitDays`, ties going to the
/// faster (smaller maximum, then smaller minimum), then to the catalogue's order; when none promises that, the
/// fastest, ties going to the cheaper. With no candidate at all there is no choice (`ShippingPlan.unplanned`): the
/// purchase order still goes out and the supplier ships with a carrier of its own (docs/rules.md, R9).
public struct ShippingPlanner: Sendable {
    public var carriers: CarrierCatalogue
    public var confirmedDelivery: ConfirmedDeliveryPolicy
    public var maxTransitDays: Int

    public init(carriers: CarrierCatalogue, confirmedDelivery: ConfirmedDeliveryPolicy, maxTransitDays: Int) {
        self.carriers = carriers
        self.confirmedDelivery = confirmedDelivery
        self.maxTransitDays = maxTransitDays
    }

    /// The choice for an order of `quantity` × `unitPrice` from `origin` to `destination`.
    public func plan(origin: CountryCode, destination: CountryCode, unitPrice: Money, quantity: Int) -> ShippingPlan {
        let orderValue: Money
        do {
            orderValue = try unitPrice.multiplied(by: quantity, for: "order value")
        } catch {
            // Beyond 64-bit minor units: more than any minimum, so Confirmed Delivery applies where one is set.
            orderValue = Money(minorUnits: .max, currency: unitPrice.currency)
        }
        let confirmed = confirmedDelivery.requiresConfirmedDelivery(destination: destination, orderValue: orderValue)
        let lane = "from \(origin) to \(destination)"
        let serving = candidates(from: origin, to: destination)
        let eligible = confirmed ? serving.filter(\.level.hasLastMileTracking) : serving
        let policy =
            confirmed
            ? "Confirmed Delivery applies (an order of \(orderValue) to \(destination), from "
                + "\(confirmedDelivery.minimumOrderValues[destination].map(\.description) ?? "any value")), so "
                + "only the \(eligible.count) level(s) with last-mile tracking \(lane) count"
            : "\(eligible.count) service level(s) \(lane)"
        let within = eligible.filter { $0.level.transitDays.maximum <= maxTransitDays }
        let chosen: Candidate
        let rule: String
        if let cheapest = within.min(by: Candidate.cheaperThenFaster) {
            chosen = cheapest
            rule = "the cheapest promising delivery within \(maxTransitDays) days"
        } else if let fastest = eligible.min(by: Candidate.fasterThenCheaper) {
            chosen = fastest
            rule = "none promises delivery within \(maxTransitDays) days, so the fastest"
        } else {
            let why =
                serving.isEmpty
                ? "no configured service level ships \(lane)"
                : "Confirmed Delivery applies (an order of \(orderValue) to \(destination)) and none of the "
                    + "\(serving.count) level(s) \(lane) has last-mile tracking"
            return .unplanned(reason: why)
        }
        let reason =
            "\(chosen.level.fullName): of \(policy), \(rule) (\(chosen.price), \(chosen.level.transitDays))."
        return .chosen(
            ShippingChoice(
                carrier: chosen.carrier, serviceLevel: chosen.level.fullName, origin: origin, destination: destination,
                transitDays: chosen.level.transitDays, hasLastMileTracking: chosen.level.hasLastMileTracking,
                requiresConfirmedDelivery: confirmed, price: chosen.price, reason: reason))
    }

    /// Every level that carries a parcel from `origin` to `destination` and has a price there, in catalogue order.
    private func candidates(from origin: CountryCode, to destination: CountryCode) -> [Candidate] {
        var found: [Candidate] = []
        for carrier in carriers.carriers {
            for level in carrier.serviceLevels where carrier.serves(level, from: origin, to: destination) {
                guard let price = carrier.price(of: level, to: destination) else { continue }
                found.append(Candidate(order: found.count, carrier: carrier.name, level: level, price: price))
            }
        }
        return found
    }

    /// A level that could carry the parcel, its price there and its place in the catalogue.
    private struct Candidate {
        var order: Int
        var carrier: String
        var level: ServiceLevel
        var price: Money

        /// Cheaper, then faster, then earlier in the catalogue. Prices are in one currency (the config checks it).
        static func cheaperThenFaster(_ a: Candidate, _ b: Candidate) -> Bool {
            (a.price.minorUnits, a.level.transitDays.maximum, a.level.transitDays.minimum, a.order)
                < (b.price.minorUnits, b.level.transitDays.maximum, b.level.transitDays.minimum, b.order)
        }

        /// Faster, then cheaper, then earlier in the catalogue.
        static func fasterThenCheaper(_ a: Candidate, _ b: Candidate) -> Bool {
            (a.level.transitDays.maximum, a.level.transitDays.minimum, a.price.minorUnits, a.order)
                < (b.level.transitDays.maximum, b.level.transitDays.minimum, b.price.minorUnits, b.order)
        }
    }
}
