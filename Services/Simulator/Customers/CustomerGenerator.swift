import Contracts
import Foundation
import SeededRandom

/// The demo's customers: a deterministic sequence of orders for a catalogue, from shoppers in 24 countries
/// (names and addresses as each country writes them, valid for R1), each paying with a test-gateway card of their
/// own (`TestCardTokens.ownCard`).
///
/// Order `index` depends only on the seed, the index and the listings (sorted by id and SKU), so a run can be
/// replayed and a test can ask for any order. Most orders are ordinary and authorised; some are declined or
/// fail transiently first (R3); `riskyShare` carry two fraud signals on purpose (R4), and a reviewer would
/// reject `fraudShare` of those; `returningShare` of the ordinary orders come from an earlier customer, with the
/// same name, email, address and card; `cancelShare` of the customers cancel during the hold (R4, R15).
public struct CustomerGenerator: Sendable {
    /// The share of orders that carry two fraud signals (disposable email, card country mismatch, large
    /// quantity), enough for review at the fraud hold's default threshold.
    public static let riskyShare = 0.06
    /// The chance that an ordinary order is placed by an earlier customer again. Fewer come back (about 10% of
    /// the orders of a long run): the order `returnGap` back must exist and be an ordinary, not declined first order.
    public static let returningShare = 0.15
    /// How many orders back that customer's earlier order is: at 20 orders an hour, 2 to 20 hours, so that a
    /// customer's orders are too far apart for the fraud hold's velocity rules.
    static let returnGap = 40...400
    /// The share of risky orders that are fraudulent.
    public static let fraudShare = 0.6
    /// The share of ordinary orders paid with a card that is declined.
    public static let declineShare = 0.04
    /// The share of ordinary orders whose first authorisation attempt fails transiently.
    public static let transientShare = 0.04
    /// The share of authorised orders the customer cancels during the hold.
    public static let cancelShare = 0.03

    /// One variation on sale: what a customer can order.
    struct Offer: Sendable {
        let listingID: ListingID
        let sku: String
        let price: Money
        let perOrderLimit: Int
    }

    private let seed: UInt64
    /// The offers of each active listing with stock, listings by id, variations by SKU.
    private let listings: [[Offer]]

    /// - Parameters:
    ///   - seed: The same seed gives the same orders.
    ///   - listings: The catalogue as `inventory.listing` shows it; inactive listings and variations without
    ///     available units are left out.
    public init(seed: UInt64, listings: [ListingView]) {
        self.seed = seed
        self.listings = listings.filter(\.isActive).sorted { $0.id.rawValue < $1.id.rawValue }.map { listing in
            listing.variations.filter { $0.available > 0 }.sorted { $0.sku < $1.sku }.map { variation in
                Offer(
                    listingID: listing.id, sku: variation.sku, price: variation.price,
                    perOrderLimit: max(1, listing.perOrderLimit))
            }
        }.filter { !$0.isEmpty }
    }

    /// Whether there is anything to order.
    public var isEmpty: Bool { listings.isEmpty }

    /// The ISO 3166-1 codes of the countries customers ship to.
    public static var countries: [String] { CustomerCountry.all.map(\.code) }

    /// Order `index` (from 0). The placement has no idempotency key; the caller chooses one.
    public func order(_ index: Int) -> GeneratedOrder {
        precondition(!isEmpty, "a customer needs a listing with stock to order from")
        var random = SplitMix64(seed: seed, customerOrder: index)
        let country = Self.country(&random)
        let offer = random.pick(random.pick(listings))
        let traits = random.chance(Self.riskyShare) ? Self.riskTraits(&random) : []
        if traits.isEmpty, random.chance(Self.returningShare), let earlier = earlierOrder(before: index, &random) {
            return returning(earlier, index: index, offer: offer, &random)
        }
        let payment = traits.isEmpty ? Self.payment(&random) : .approve
        let person = CustomerPerson(country: country, random: &random)
        let placement = PlacementRequest(
            listingID: offer.listingID, sku: offer.sku,
            quantity: traits.contains(.largeQuantity)
                ? offer.perOrderLimit : Self.quantity(&random, limit: offer.perOrderLimit),
            unitPrice: .init(offer.price),
            customer: .init(
                name: person.name,
                email: person.email(
                    domain: traits.contains(.disposableEmail)
                        ? random.pick(TestCardTokens.disposableEmailDomains) : random.pick(country.emailDomains),
                    random: &random)),
            shippingAddress: person.address,
            paymentToken: TestCardTokens.ownCard(
                Self.token(payment, shipTo: country.code, mismatch: traits.contains(.cardCountryMismatch), &random),
                customer: index, seed: seed))
        let cancelAfter = Self.cancelAfter(payment, &random)
        return GeneratedOrder(
            index: index, customer: index, placement: placement, payment: payment, riskTraits: traits,
            isFraud: !traits.isEmpty && random.chance(Self.fraudShare), cancelAfter: cancelAfter)
    }

    /// The order a returning customer places from `earlier`'s details: the same person, address and card, so the
    /// same payment outcome; a new offer and quantity; ordinary.
    private func returning(
        _ earlier: GeneratedOrder, index: Int, offer: Offer, _ random: inout SplitMix64
    ) -> GeneratedOrder {
        var placement = earlier.placement
        placement.listingID = offer.listingID
        placement.sku = offer.sku
        placement.unitPrice = .init(offer.price)
        placement.quantity = Self.quantity(&random, limit: offer.perOrderLimit)
        return GeneratedOrder(
            index: index, customer: earlier.customer, placement: placement, payment: earlier.payment, riskTraits: [],
            isFraud: false, cancelAfter: Self.cancelAfter(earlier.payment, &random))
    }

    /// The first order of a customer who comes back for order `index`, `returnGap` orders back; nil before the
    /// first orders, or when the order there is not one whose customer comes back: a risky order, a declined card,
    /// or itself a return (so that a customer comes back about `returningShare` times, never in a burst).
    private func earlierOrder(before index: Int, _ random: inout SplitMix64) -> GeneratedOrder? {
        let earlier = index - Self.returnGap.lowerBound - random.nextInt(below: Self.returnGap.count)
        guard earlier >= 0 else { return nil }
        let order = order(earlier)
        return order.isRisky || order.payment == .decline || order.isReturning ? nil : order
    }

    // MARK: - Draws

    /// A country, by the countries' weights.
    private static func country(_ random: inout SplitMix64) -> CustomerCountry {
        var ticket = random.nextInt(below: totalWeight)
        for country in CustomerCountry.all {
            if ticket < country.weight { return country }
            ticket -= country.weight
        }
        preconditionFailure("the ticket is below the total weight")
    }

    private static let totalWeight = CustomerCountry.all.reduce(0) { $0 + $1.weight }

    /// Two of the three risk traits.
    private static func riskTraits(_ random: inout SplitMix64) -> Set<GeneratedOrder.RiskTrait> {
        var traits = Set(GeneratedOrder.RiskTrait.allCases)
        traits.remove(random.pick(GeneratedOrder.RiskTrait.allCases))
        return traits
    }

    private static func payment(_ random: inout SplitMix64) -> GeneratedOrder.Payment {
        let roll = random.nextUnit()
        if roll < declineShare { return .decline }
        return roll < declineShare + transientShare ? .transient : .approve
    }

    /// Seconds after placement at which the customer cancels during the hold, for `cancelShare` of the orders
    /// that are not declined; nil when the customer keeps the order.
    private static func cancelAfter(_ payment: GeneratedOrder.Payment, _ random: inout SplitMix64) -> TimeInterval? {
        guard payment != .decline, random.chance(cancelShare) else { return nil }
        return TimeInterval(60 * (20 + random.nextInt(below: 341)))
    }

    /// Mostly one unit, sometimes a few, within the listing's limit.
    private static func quantity(_ random: inout SplitMix64, limit: Int) -> Int {
        let roll = random.nextUnit()
        let wanted = roll < 0.7 ? 1 : roll < 0.9 ? 2 : roll < 0.97 ? 3 : 4 + random.nextInt(below: 2)
        return min(wanted, limit)
    }

    /// The token of an approving card of the shipping country (a US one where the gateway has none), or of
    /// another country for a mismatch; the declining and transient cards are the gateway's US ones.
    private static func token(
        _ payment: GeneratedOrder.Payment, shipTo country: String, mismatch: Bool, _ random: inout SplitMix64
    ) -> String {
        switch payment {
        case .decline: return random.pick(TestCardTokens.declining)
        case .transient: return TestCardTokens.transient
        case .approve:
            guard mismatch else { return random.pick(TestCardTokens.approving[country] ?? TestCardTokens.foreign) }
            let elsewhere = TestCardTokens.approvingCountries.filter { $0 != country }
            return random.pick(TestCardTokens.approving[random.pick(elsewhere)] ?? TestCardTokens.foreign)
        }
    }
}
