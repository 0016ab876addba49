import Contracts
import Foundation
import SimulatedCustomers
import Testing

/// The demo's customers: deterministic, spread over many countries, mostly ordinary, some risky, some cancelling.
struct CustomerGeneratorTests {
    let generator = CustomerGenerator(seed: 1, listings: CustomerFixtures.listings)
    var orders: [GeneratedOrder] { (0..<4_000).map(generator.order) }

    @Test("The same seed gives the same orders, whatever order they are asked in; another seed others")
    func deterministic() {
        let again = CustomerGenerator(seed: 1, listings: CustomerFixtures.listings.reversed())
        #expect((0..<300).map(generator.order) == (0..<300).map(again.order))
        #expect(generator.order(250) == again.order(250))
        let other = CustomerGenerator(seed: 2, listings: CustomerFixtures.listings)
        #expect((0..<300).map(generator.order) != (0..<300).map(other.order))
    }

    @Test("Customers ship to at least 15 countries, none much above its weight")
    func countrySpread() {
        let counts = Dictionary(grouping: orders, by: \.placement.shippingAddress.country).mapValues(\.count)
        #expect(counts.count >= 15)
        #expect(Set(counts.keys) == Set(CustomerGenerator.countries))
        #expect(CustomerGenerator.countries.count >= 15)
        #expect(counts.values.allSatisfy { Double($0) / 4_000 < 0.2 })
    }

    @Test(
        "Names are in the local script where it is not Latin",
        arguments: ["JP", "KR", "CN", "TW", "GR", "UA", "IL", "SA"])
    func localScripts(country: String) throws {
        let names = orders.filter { $0.placement.shippingAddress.country == country }.map(\.placement.customer.name)
        #expect(!names.isEmpty)
        #expect(names.allSatisfy { name in name.unicodeScalars.contains { !$0.isASCII && $0.properties.isAlphabetic } })
    }

    @Test("R1: every address, name and email has the shape the orders service accepts")
    func validShapes() throws {
        for order in orders {
            let placement = order.placement
            let address = placement.shippingAddress
            let format = try #require(AddressFormat.format(for: address.country), "no format for \(address.country)")
            try expectFollows(format, address)
            for text in [address.name, address.line1, address.city, placement.customer.name]
                + [address.line2, address.region].compactMap({ $0 })
            {
                #expect(CustomerFixtures.isSafeText(text) && text.count <= 80, "\(text)")
            }
            #expect(address.name == placement.customer.name)
            let email = placement.customer.email.split(separator: "@")
            #expect(email.count == 2 && email[0].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".") })
            #expect(email.count == 2 && email[1].contains(".") && email[1].allSatisfy(\.isASCII))
            #expect(placement.idempotencyKey == nil)
        }
    }

    /// R1's checks of `address` against its country's format in the address metadata: the required fields, the
    /// postal code's pattern, the region among the subdivisions, and the postal code in the region's prefixes.
    private func expectFollows(_ format: AddressFormat, _ address: Address) throws {
        let country = address.country
        if format.requires(.city) { #expect(!address.city.isEmpty, "\(country) needs a city") }
        if format.requires(.region) { #expect(address.region != nil, "\(country) needs a region") }
        if let pattern = CustomerFixtures.conventionPatterns[country] ?? format.postalCodePattern {
            let code = try #require(address.postalCode, "\(country) has postal codes")
            #expect(code.wholeMatch(of: try Regex(pattern)) != nil, "\(code) in \(country)")
        } else {
            #expect(address.postalCode == nil, "\(country) has no postal codes")
        }
        guard let region = address.region, !format.subdivisions.isEmpty else { return }
        let subdivision = try #require(CustomerFixtures.subdivision(region, in: format), "\(region) in \(country)")
        if let prefix = subdivision.postalCodePrefix, let code = address.postalCode {
            #expect(code.prefixMatch(of: try Regex(prefix)) != nil, "\(code) in \(region), \(country)")
        }
    }

    @Test("R1: only active listings' variations with stock, at their price, within the per-order limit")
    func ordersFollowTheCatalogue() {
        let offered = [
            "B-1": (Money(minorUnits: 1_999, currency: CustomerFixtures.usd), 4),
            "A-2": (Money(minorUnits: 880, currency: CustomerFixtures.jpy), 10),
        ]
        for order in orders {
            guard let (price, limit) = offered[order.placement.sku] else {
                Issue.record("\(order.placement.sku) is inactive or sold out")
                continue
            }
            let quantity = order.placement.quantity
            #expect(order.placement.unitPrice == .init(price))
            #expect(quantity >= 1 && quantity <= limit)
        }
        #expect(Set(orders.map(\.placement.listingID)) == ["lst_a", "lst_b"])
        #expect(CustomerGenerator(seed: 1, listings: [CustomerFixtures.listings[2]]).isEmpty)
    }

    @Test("R4: about 6% are risky with two signals; only risky orders are fraudulent")
    func riskyMix() {
        let risky = orders.filter(\.isRisky)
        #expect((0.04...0.08).contains(Double(risky.count) / 4_000))
        #expect(risky.allSatisfy { $0.riskTraits.count == 2 && $0.payment == .approve })
        let fraudulent = orders.filter(\.isFraud)
        #expect(fraudulent.allSatisfy { $0.isRisky })
        #expect((0.4...0.8).contains(Double(risky.filter(\.isFraud).count) / Double(risky.count)))
        for order in risky {
            let placement = order.placement
            let disposable = ["mailinator.com", "yopmail.com", "guerrillamail.com", "sharklasers.com"]
                .contains { placement.customer.email.hasSuffix("@" + $0) }
            #expect(disposable == order.riskTraits.contains(.disposableEmail))
            if order.riskTraits.contains(.largeQuantity) {
                #expect(placement.quantity == (placement.listingID == "lst_b" ? 4 : 10))
            }
        }
    }

    @Test("R3: mostly approving cards of the shipping country, some declines and transient failures")
    func payments() {
        let share = { (payment: GeneratedOrder.Payment) in
            Double(orders.filter { $0.payment == payment }.count) / 4_000
        }
        #expect((0.02...0.06).contains(share(.decline)))
        #expect((0.02...0.06).contains(share(.transient)))
        #expect(share(.approve) > 0.85)
        let declining: Set = ["tok_declined", "tok_insufficient_funds", "tok_expired_card"]
        #expect(orders.filter { $0.payment == .decline }.allSatisfy { declining.contains(Self.base($0)) })
        #expect(orders.filter { $0.payment == .transient }.allSatisfy { Self.base($0) == "tok_processing_error" })
        let ordinaryBrazilians = orders.filter {
            $0.placement.shippingAddress.country == "BR" && $0.payment == .approve && !$0.isRisky
        }
        #expect(!ordinaryBrazilians.isEmpty && ordinaryBrazilians.allSatisfy { Self.base($0) == "tok_visa_br" })
        let mismatched = orders.filter {
            $0.riskTraits.contains(.cardCountryMismatch) && $0.placement.shippingAddress.country == "BR"
        }
        #expect(mismatched.allSatisfy { Self.base($0) != "tok_visa_br" })
    }

    /// The test-gateway token of the order's card, without the customer suffix: `tok_visa` for `tok_visa.c4-s1`.
    static func base(_ order: GeneratedOrder) -> String {
        String(order.placement.paymentToken.prefix { $0 != "." })
    }

    @Test("R3, R4: each customer pays with a card of their own, tok_x.c<customer>-s<seed>, valid for the gateway")
    func ownCards() throws {
        let orders = orders
        let customers = Dictionary(grouping: orders, by: \.customer)
        let cards = Dictionary(grouping: orders, by: \.placement.paymentToken)
        #expect(cards.count == customers.count)
        let suffix = try Regex(#"c\d+-s1"#)
        for order in orders {
            let token = order.placement.paymentToken
            let parts = token.split(separator: ".", omittingEmptySubsequences: false)
            #expect(parts.count == 2 && parts[0].hasPrefix("tok_"), "\(token)")
            #expect(parts.count == 2 && parts[1] == "c\(order.customer)-s1", "\(token)")
            #expect(parts.count == 2 && parts[1].wholeMatch(of: suffix) != nil && parts[1].count <= 40)
        }
        let other = CustomerGenerator(seed: UInt64.max, listings: CustomerFixtures.listings).order(3_999)
        #expect(other.placement.paymentToken.split(separator: ".")[1].count <= 40)
        #expect(other.placement.paymentToken.hasSuffix("-s\(UInt64.max)"))
    }

    @Test("R4: some ordinary orders come from an earlier customer: same person, address and card, hours later")
    func returningCustomers() throws {
        let orders = orders
        let returning = orders.filter(\.isReturning)
        #expect((0.08...0.2).contains(Double(returning.count) / 4_000))
        for order in returning {
            let first = generator.order(order.customer)
            #expect(!first.isReturning && !first.isRisky && first.payment != .decline)
            #expect(order.customer < order.index - 39)
            #expect(!order.isRisky && !order.isFraud && order.payment == first.payment)
            #expect(order.placement.customer == first.placement.customer)
            #expect(order.placement.shippingAddress == first.placement.shippingAddress)
            #expect(order.placement.paymentToken == first.placement.paymentToken)
        }
        #expect(orders.filter { !$0.isReturning }.allSatisfy { $0.customer == $0.index })
        #expect(orders.prefix(40).allSatisfy { !$0.isReturning })
        // At 20 orders an hour, no customer reaches the velocity limits: 3 in an hour, 5 in 24 hours.
        for indices in Dictionary(grouping: orders.map(\.index), by: { orders[$0].customer }).values {
            #expect(zip(indices, indices.dropFirst(2)).allSatisfy { $1 - $0 > 20 }, "\(indices)")
            #expect(zip(indices, indices.dropFirst(4)).allSatisfy { $1 - $0 > 480 }, "\(indices)")
        }
    }

    @Test("R4, R15: a few customers cancel within the hold, never a declined order")
    func cancellations() {
        let cancelling = orders.filter { $0.cancelAfter != nil }
        #expect((0.015...0.05).contains(Double(cancelling.count) / 4_000))
        #expect(cancelling.allSatisfy { $0.payment != .decline })
        #expect(cancelling.compactMap(\.cancelAfter).allSatisfy { (20 * 60...6 * 3_600).contains($0) })
    }

    @Test("The placement encodes as orders.place's JSON")
    func placementJSON() throws {
        let object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(generator.order(0).placement)) as? [String: Any]
        )
        #expect(
            Set(object.keys) == [
                "listingID", "sku", "quantity", "unitPrice", "customer", "shippingAddress", "paymentToken",
            ])
        let price = try #require(object["unitPrice"] as? [String: Any])
        #expect(Set(price.keys) == ["minorUnits", "currency"])
    }
}
