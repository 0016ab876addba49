import Contracts
import Foundation
import FraudHold
import Testing

/// R4: the 8-hour hold from placement, its timer, and its end with or without a review.
struct FraudHoldTests {
    /// Placed at `t0`, authorised ten minutes later, assessed clean.
    static func start(duration: TimeInterval = FraudHold.defaultDuration) -> HoldStart {
        FraudHold.start(
            orderID: "o-1", merchantID: "m-1", placedAt: Fixtures.t0,
            assessment: RiskAssessment(orderID: "o-1", reasons: [], reviewThreshold: 50),
            at: Fixtures.hours(1.0 / 6), duration: duration)
    }

    @Test("R4: the hold ends 8 hours after placement, not after authorisation, and says so")
    func timerAtPlacementPlusEightHours() {
        let start = Self.start()
        #expect(start.timer.orderID == "o-1")
        #expect(start.timer.fireAt == Fixtures.hours(8))
        #expect(start.hold.holdEnds == Fixtures.hours(8))
        #expect(start.hold.status == .held)
        #expect(start.started.holdEnds == Fixtures.hours(8))
        #expect(start.started.startedAt == Fixtures.hours(1.0 / 6))
        #expect(start.started.merchantID == "m-1")
    }

    @Test("R4: the hold duration comes from policy")
    func policyDuration() {
        #expect(Self.start(duration: 4 * 3_600).timer.fireAt == Fixtures.hours(4))
    }

    @Test("R4: the timer releases the order at exactly placedAt + 8 h; earlier is refused")
    func holdEnd() throws {
        var hold = Self.start().hold
        let early = Fixtures.hours(8).addingTimeInterval(-1)
        #expect(throws: FraudError.holdNotOver(orderID: "o-1", holdEnds: Fixtures.hours(8), at: early)) {
            try hold.holdEnded(at: early)
        }
        let ended = try hold.holdEnded(at: Fixtures.hours(8))
        #expect(ended.releasesOrder)
        #expect(!ended.reviewPending)
        #expect(hold.status == .released)
        #expect(try hold.holdEnded(at: Fixtures.hours(9)) == ended)
    }

    @Test("R4: an open review keeps the order back at the hold's end; approval after 8 h releases it")
    func approveAfterEightHours() throws {
        var hold = Self.start().hold
        let opened = try hold.open(reasons: [Fixtures.reason()], at: Fixtures.hours(1))
        #expect(opened.merchantID == "m-1")
        #expect(opened.orderID == "o-1")
        #expect(hold.status == .underReview)

        let ended = try hold.holdEnded(at: Fixtures.hours(8))
        #expect(!ended.releasesOrder)
        #expect(ended.reviewPending)
        #expect(hold.status == .underReview)

        let approved = try hold.approve(by: "rita", at: Fixtures.hours(11))
        #expect(approved.releasesOrder)
        #expect(approved.reviewer == "rita")
        #expect(hold.status == .released)
    }

    @Test("R4: approval inside the hold returns the order to held; the timer then releases it")
    func approveInsideHold() throws {
        var hold = Self.start().hold
        _ = try hold.open(reasons: [Fixtures.reason()], at: Fixtures.hours(1))
        let approved = try hold.approve(by: "rita", at: Fixtures.hours(2))
        #expect(!approved.releasesOrder)
        #expect(hold.status == .held)
        #expect(try hold.holdEnded(at: Fixtures.hours(8)).releasesOrder)
    }

    @Test("R4: rejection is final, also when the timer fires later")
    func reject() throws {
        var hold = Self.start().hold
        _ = try hold.open(reasons: [Fixtures.reason()], at: Fixtures.hours(1))
        let rejected = try hold.reject(by: "rita", reason: "stolen card reported", at: Fixtures.hours(3))
        #expect(rejected.reason == "stolen card reported")
        #expect(rejected.round == 1)
        #expect(hold.status == .rejected)
        let ended = try hold.holdEnded(at: Fixtures.hours(8))
        #expect(!ended.releasesOrder)
        #expect(!ended.reviewPending)
        #expect(hold.status == .rejected)
    }

    @Test("R4: an approved order can come back to review before release, as a new round")
    func reopen() throws {
        var hold = Self.start().hold
        _ = try hold.open(reasons: [Fixtures.reason()], at: Fixtures.hours(1))
        _ = try hold.approve(by: "rita", at: Fixtures.hours(2))
        let manual = RiskReason(ruleID: "manual", weight: 0, explanation: "Customer changed the address by phone")
        let reopened = try hold.reopen(reasons: [manual], at: Fixtures.hours(3))
        #expect(reopened.round == 2)
        #expect(reopened.reasons == [manual])
        #expect(hold.status == .underReview)
        #expect(try hold.approve(by: "sam", at: Fixtures.hours(4)).round == 2)
        #expect(try hold.holdEnded(at: Fixtures.hours(8)).releasesOrder)
        #expect(hold.reviews.count == 2)
    }
}
