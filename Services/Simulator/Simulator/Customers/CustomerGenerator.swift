import Contracts
import Foundation

/// The demo's customers: a deterministic sequence of orders for a catalogue, from shoppers in 24 countries
/// (names and addresses as each country writes them, valid for R1), paying with the test gateway's cards.
///
/// Order `index` depends only on the seed, the index and the listings (sorted by id and SKU), so a run can be
/// replayed and a test can ask for any order. Most orders are ordinary and authorised; some are declined or
/// fail transiently first (R3); `riskyShare` carry two fraud signals on purpose (R4), and a reviewer would
/// reject `fraudShare` of those; `cancelShare` of the customers cancel during the hold (R4, R15).
public struct CustomerGenerator: Sendable {
    /// The share of orders that carry two fraud signals (disposable email, card country mismatch, large
    /// quantity), enough for review at the fraud hold's default threshold.
    public static let riskyShare = 0.06
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
        let payment = traits.isEmpty ? Self.payment(&random) : .approve
        let person = CustomerPerson(country: country, random: &random)
        let placement = CustomerPlacement(
            listingID: offer.listingID, sku: offer.sku,
            quantity: traits.contains(.largeQuantity)
                ? offer.perOrderLimit : Self.quantity(&random, limit: offer.perOrderLimit),
            unitPrice: offer.price,
            customer: .init(
                name: person.name,
                email: person.email(
                    domain: traits.contains(.disposableEmail)
                        ? random.pick(TestCardTokens.disposableEmailDomains) : random.pick(country.emailDomains),
                    random: &random)),
            shippingAddress: person.address,
            paymentToken: Self.token(
                payment, shipTo: country.code, mismatch: traits.contains(.cardCountryMismatch), &random))
        let cancels = payment != .decline && random.chance(Self.cancelShare)
        return GeneratedOrder(
            index: index, placement: placement, payment: payment, riskTraits: traits,
            isFraud: !traits.isEmpty && random.chance(Self.fraudShare),
            cancelAfter: cancels ? TimeInterval(60 * (20 + random.nextInt(below: 341))) : nil)
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

    /// Mostly one unit, sometimes a few, within the listing's limit.
    private static func quantity(_ random: inout SplitMix64, limit: Int) -> Int {
        let roll = random.nextUnit()
        let wanted = roll < 0.7 ? 1 : roll < 0.9 ? 2 : roll < 0.97 ? 3 : 4 + random.nextInt(below: 2)
        return min(wanted, limit)
    }

    /// An approving card of the shipping country (a US one where the gateway has none), or of another country
    /// for a mismatch; the declining and transient cards are the gateway's US ones.
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
