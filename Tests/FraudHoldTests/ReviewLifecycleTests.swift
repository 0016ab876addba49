import Contracts
import Foundation
import FraudHold
import Testing

/// R4: the review case lifecycle: illegal inputs throw a sentence, repeated inputs return their first fact.
struct ReviewLifecycleTests {
    /// An input to a hold.
    enum Step: String, Sendable {
        case open, reopen, approve, reject, end
    }

    /// A fresh hold after `steps`, each an hour after the previous one (the hold's end at 8 h).
    static func hold(after steps: [Step]) throws -> FraudHold {
        var hold = FraudHoldTests.start().hold
        var clock = 1.0
        for step in steps {
            try apply(step, to: &hold, at: &clock)
        }
        return hold
    }

    static func apply(_ step: Step, to hold: inout FraudHold, at clock: inout Double) throws {
        if step == .end { clock = max(clock, 8) }
        let now = Fixtures.hours(clock)
        clock += 1
        switch step {
        case .open: _ = try hold.open(reasons: [Fixtures.reason()], at: now)
        case .reopen: _ = try hold.reopen(reasons: [Fixtures.reason()], at: now)
        case .approve: _ = try hold.approve(by: "rita", at: now)
        case .reject: _ = try hold.reject(by: "rita", reason: "fraud ring", at: now)
        case .end: _ = try hold.holdEnded(at: now)
        }
    }

    @Test(
        "R4: illegal review inputs throw FraudError",
        arguments: [
            ([], Step.approve, FraudError.noReview(orderID: "o-1", action: .approve)),
            ([], .reject, .noReview(orderID: "o-1", action: .reject)),
            ([], .reopen, .noReview(orderID: "o-1", action: .reopen)),
            ([.end], .open, .notAllowed(orderID: "o-1", action: .open, status: .released)),
            ([.open, .approve], .open, .reviewAlreadyDecided(orderID: "o-1", round: 1)),
            ([.open, .approve], .reject, .notAllowed(orderID: "o-1", action: .reject, status: .held)),
            ([.open, .reject], .approve, .notAllowed(orderID: "o-1", action: .approve, status: .rejected)),
            ([.open, .reject], .reopen, .notAllowed(orderID: "o-1", action: .reopen, status: .rejected)),
            ([.open, .reject], .open, .notAllowed(orderID: "o-1", action: .open, status: .rejected)),
            ([.open, .end, .approve], .reopen, .notAllowed(orderID: "o-1", action: .reopen, status: .released)),
            ([.open, .approve, .end], .reopen, .notAllowed(orderID: "o-1", action: .reopen, status: .released)),
        ] as [([Step], Step, FraudError)])
    func illegalInputs(steps: [Step], input: Step, error: FraudError) throws {
        var hold = try Self.hold(after: steps)
        let before = hold
        var clock = 10.0
        #expect(throws: error) { try Self.apply(input, to: &hold, at: &clock) }
        #expect(hold == before)
    }

    @Test("R4: a repeated input returns its first fact and changes nothing")
    func repeatedInputs() throws {
        var hold = try Self.hold(after: [])
        let opened = try hold.open(reasons: [Fixtures.reason()], at: Fixtures.hours(1))
        #expect(try hold.open(reasons: [Fixtures.reason("other")], at: Fixtures.hours(2)) == opened)
        #expect(try hold.reopen(reasons: [Fixtures.reason("other")], at: Fixtures.hours(2)) == opened)
        let approved = try hold.approve(by: "rita", at: Fixtures.hours(3))
        #expect(try hold.approve(by: "sam", at: Fixtures.hours(4)) == approved)

        var rejecting = try Self.hold(after: [.open])
        let rejected = try rejecting.reject(by: "rita", reason: "fraud ring", at: Fixtures.hours(3))
        #expect(try rejecting.reject(by: "sam", reason: "again", at: Fixtures.hours(4)) == rejected)
    }

    @Test(
        "R4: reviewer, rejection reason and reasons must not be empty",
        arguments: [
            ("  ", "fraud ring", "reviewer"),
            ("rita", " ", "rejection reason"),
        ])
    func requiredTexts(reviewer: String, reason: String, field: String) throws {
        var hold = try Self.hold(after: [.open])
        #expect(throws: FraudError.missingField(orderID: "o-1", field: field)) {
            try hold.reject(by: reviewer, reason: reason, at: Fixtures.hours(2))
        }
        var fresh = try Self.hold(after: [])
        #expect(throws: FraudError.missingField(orderID: "o-1", field: "list of reasons")) {
            try fresh.open(reasons: [], at: Fixtures.hours(2))
        }
    }

    @Test("R4: errors read as sentences naming the order")
    func errorSentences() {
        #expect(
            FraudError.notAllowed(orderID: "o-1", action: .reopen, status: .released).description
                == "Cannot reopen the review of order o-1 while it is released.")
        #expect(
            FraudError.noReview(orderID: "o-1", action: .approve).description
                == "Cannot approve order o-1: it was never under review.")
        #expect(
            FraudError.holdNotOver(orderID: "o-1", holdEnds: Fixtures.hours(8), at: Fixtures.hours(7)).description
                == "The hold of order o-1 ends at 2026-11-21T20:00:00.000Z, not at 2026-11-21T19:00:00.000Z.")
    }
}
