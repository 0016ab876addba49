import Contracts
import Foundation
import MeshConfig
import Simulator
import Testing

/// R9: simulated suppliers ship with valid UPU S10 tracking numbers, checked against the jkeen vectors.
struct TrackingNumberTests {
    @Test("R9: the test's own S10 check agrees with every vector, valid and invalid")
    func checkAgreesWithVectors() {
        for vector in s10Vectors {
            #expect(S10Check.isValid(vector.number) == vector.valid, "\(vector.number): \(vector.check)")
        }
    }

    @Test("R9: Dispatch's S10 parser (S10TrackingNumber in Contracts) agrees with every vector, valid and invalid")
    func parserAgreesWithVectors() {
        for vector in s10Vectors {
            #expect((S10TrackingNumber(vector.number) != nil) == vector.valid, "\(vector.number): \(vector.check)")
        }
    }

    @Test(
        "R9: every carrier the simulated suppliers ship with is one the default catalogue knows, posting from its country"
    )
    func simulatedCarriersAreKnown() throws {
        let catalogue = try MeshConfiguration.load(file: nil, environment: [:], overrides: []).carriers
        for simulated in SimulatedCarrier.all {
            let number = simulated.trackingNumber(serial: 12_345_678).description
            let verdict = TrackingNumberVerdict(number, carrier: simulated.name, in: catalogue)
            #expect(verdict.isValid, "\(simulated.name): \(verdict.refusal?.reason ?? "")")
        }
    }

    @Test("R9: the generator writes every valid S10 vector from its letters, serial and country")
    func generatorReproducesValidVectors() throws {
        let valid = s10Vectors.filter(\.valid)
        #expect(valid.count == 60)
        for vector in valid {
            let parts = try #require(S10Check.parts(vector.number))
            let country = try #require(CountryCode(parts.country))
            let number = try #require(
                S10TrackingNumber(serviceIndicator: parts.indicator, serial: parts.serial, country: country))
            #expect(number.description == vector.number)
        }
    }

    @Test("R9: for every vector refused on its check digit, the generator writes the expected digit instead")
    func generatorFixesWrongCheckDigits() throws {
        for vector in s10Vectors where vector.check.hasPrefix("check_digit") {
            let parts = try #require(S10Check.parts(vector.number))
            let expected = try #require(Int(vector.check.filter(\.isNumber)))
            #expect(S10TrackingNumber.checkDigit(serial: parts.serial) == expected, "\(vector.number)")
            #expect(S10TrackingNumber.checkDigit(serial: parts.serial) != parts.check)
        }
    }

    @Test("R9: LZ123456785CN, and the two folded check digits (10 → 0, 11 → 5)")
    func examples() throws {
        let china = try #require(CountryCode("CN"))
        #expect(
            S10TrackingNumber(serviceIndicator: "LZ", serial: 12_345_678, country: china)?.description
                == "LZ123456785CN")
        #expect(S10TrackingNumber.checkDigit(serial: 70_000_000) == 0)  // 8 × 7 = 56 ≡ 1 (mod 11)
        #expect(S10TrackingNumber.checkDigit(serial: 0) == 5)
        // 4 × 9 + 2 × 7 = 50 ≡ 6 (mod 11), so 5; the serial keeps its leading zeros
        #expect(S10TrackingNumber(serviceIndicator: "LZ", serial: 42, country: china)?.description == "LZ000000425CN")
        #expect(S10Check.isValid("LZ000000425CN"))
    }

    @Test("R9: a service indicator that is not two capital letters, or a serial beyond 8 digits, is refused")
    func malformedParts() throws {
        let china = try #require(CountryCode("CN"))
        #expect(S10TrackingNumber(serviceIndicator: "L1", serial: 1, country: china) == nil)
        #expect(S10TrackingNumber(serviceIndicator: "lz", serial: 1, country: china) == nil)
        #expect(S10TrackingNumber(serviceIndicator: "LZX", serial: 1, country: china) == nil)
        #expect(S10TrackingNumber(serviceIndicator: "LZ", serial: 100_000_000, country: china) == nil)
        #expect(S10TrackingNumber(serviceIndicator: "LZ", serial: -1, country: china) == nil)
    }

    @Test("R9: a simulated supplier ships with the service level Dispatch chose when it knows it")
    func followsTheShippingChoice() throws {
        let behaviour = Fixtures.behaviour(rejectRate: 0, outOfStockRate: 0, carriers: ["China Post"])
        var request = Fixtures.request(order: "ord_1")
        let china = try #require(CountryCode("CN"))
        request.shipping = ShippingChoice(
            carrier: "Wish Post", serviceLevel: "Wish Post Express", origin: china, destination: china,
            transitDays: try #require(DayRange(minimum: 7, maximum: 12)), hasLastMileTracking: true,
            requiresConfirmedDelivery: true, price: Money(minorUnits: 520, currency: try #require(CurrencyCode("USD"))),
            reason: "test")
        let plan = FatePlanner(seed: 7).plan(for: request, receivedAt: Fixtures.t0, behaviour: behaviour) { _ in false }
        #expect(plan.carrier == "Wish Post Express" && plan.trackingNumber?.hasPrefix("LX") == true)
        request.shipping?.serviceLevel = "UPS Worldwide Saver"
        request.shipping?.carrier = "UPS"
        let own = FatePlanner(seed: 7).plan(for: request, receivedAt: Fixtures.t0, behaviour: behaviour) { _ in false }
        #expect(own.carrier == "China Post")
    }

    @Test("R9: every planned shipment has a valid, unique number of its carrier")
    func plannedNumbersAreValid() throws {
        let planner = FatePlanner(seed: 7)
        let behaviour = Fixtures.behaviour(
            rejectRate: 0, outOfStockRate: 0, carriers: SimulatedCarrier.all.map(\.name))
        var seen: Set<String> = []
        for index in 1...300 {
            let plan = planner.plan(
                for: Fixtures.request(order: "ord_\(index)"), receivedAt: Fixtures.t0, behaviour: behaviour
            ) { seen.contains($0) }
            let number = try #require(plan.trackingNumber)
            let carrier = try #require(plan.carrier.flatMap(SimulatedCarrier.named))
            #expect(S10Check.isValid(number), "\(number)")
            #expect(number.hasPrefix(carrier.serviceIndicator) && number.hasSuffix(carrier.country.code))
            seen.insert(number)
        }
        #expect(seen.count == 300)
        let usedCarriers = Set(seen.map { String($0.prefix(2)) })
        #expect(usedCarriers == Set(SimulatedCarrier.all.map(\.serviceIndicator)))
    }
}
