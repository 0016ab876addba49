import Contracts
import Foundation
import FraudHold
import Testing

/// R4: the rules combine into one score with its reasons; the score decides `under_review`.
struct RiskAssessmentTests {
    /// A returning customer (one earlier order a week ago) so that no rule fires by default.
    static let regular = [Fixtures.profile(.customer, orders: [(Fixtures.usd(60_00), Fixtures.hours(-168))])]

    @Test("R4: a clean order scores 0 and is not reviewed")
    func cleanOrder() {
        let assessment = RiskRules().assess(Fixtures.order(), profiles: Self.regular, at: Fixtures.t0)
        #expect(assessment.score == 0)
        #expect(assessment.reasons.isEmpty)
        #expect(!assessment.needsReview)
    }

    @Test("R4: two weaker signals reach the default threshold of 50; each order keeps its reasons")
    func combinedSignals() {
        let order = Fixtures.order(email: "ana@eu.mailinator.com", cardCountry: "BR")
        let assessment = RiskRules().assess(order, profiles: Self.regular, at: Fixtures.t0)
        #expect(assessment.score == 50)
        #expect(assessment.reviewThreshold == 50)
        #expect(assessment.needsReview)
        #expect(assessment.reasons.map(\.ruleID) == ["country_mismatch", "disposable_email"])
        #expect(
            assessment.reasons.map(\.description) == [
                "Card issued in Brazil (BR) but shipping to United States (US)",
                "Email domain eu.mailinator.com belongs to the disposable email provider mailinator.com",
            ])
    }

    @Test("R4: one weaker signal alone stays below review")
    func singleWeakSignal() {
        let assessment = RiskRules().assess(Fixtures.order(cardCountry: "BR"), profiles: Self.regular, at: Fixtures.t0)
        #expect(assessment.score == 25)
        #expect(!assessment.needsReview)
    }

    @Test("R4: review starts exactly at the threshold", arguments: [(50, true), (51, false)])
    func thresholdBoundary(threshold: Int, review: Bool) {
        var rules = RiskRules()
        rules.reviewThreshold = threshold
        let order = Fixtures.order(email: "ana@yopmail.com", cardCountry: "BR")
        #expect(rules.assess(order, profiles: Self.regular, at: Fixtures.t0).needsReview == review)
    }

    @Test("R4: policy weights and limits change the score")
    func policyWeights() {
        var rules = RiskRules()
        rules.countryMismatch.weight = 70
        rules.hourlyVelocity.limit = 2
        let profiles = Self.regular + [Fixtures.profile(.card, orders: Fixtures.earlier(1))]
        let assessment = rules.assess(Fixtures.order(cardCountry: "BR"), profiles: profiles, at: Fixtures.t0)
        #expect(assessment.reasons.map(\.ruleID) == ["velocity_1h", "country_mismatch"])
        #expect(assessment.score == 120)
    }

    @Test("R4: a burst of orders on one card scores every rule it meets, in policy order")
    func burst() {
        let order = Fixtures.order(amount: Fixtures.usd(400_00))
        let profiles = [
            Fixtures.profile(.customer, orders: [(Fixtures.usd(50_00), Fixtures.hours(-30))]),
            Fixtures.profile(.card, orders: Fixtures.earlier(4, every: 0.2), declines: Fixtures.earlier(3).map(\.1)),
        ]
        let assessment = RiskRules().assess(order, profiles: profiles, at: Fixtures.t0)
        #expect(assessment.reasons.map(\.ruleID) == ["velocity_1h", "velocity_24h", "amount_spike", "failed_payments"])
        #expect(assessment.score == 50 + 30 + 40 + 50)
        #expect(assessment.reasons[0].explanation == "5 orders from this card in the last hour (limit 3)")
    }
}
