import Contracts
import Foundation
import FraudHold
import Testing

/// R4, R15: cancelling or declining the order closes its hold: no release, no further review input, and its
/// open review leaves the queue.
struct HoldClosureTests {
    @Test("R4: a held or reviewed hold closes once; closing a final one changes nothing")
    func close() throws {
        var held = FraudHoldTests.start().hold
        let first = held.close(at: Fixtures.hours(1))
        let second = held.close(at: Fixtures.hours(2))
        #expect(first && !second)
        #expect(held.status == .closed && held.closedAt == Fixtures.hours(1))

        var reviewed = try ReviewLifecycleTests.hold(after: [.open])
        let closedReview = reviewed.close(at: Fixtures.hours(3))
        #expect(closedReview && reviewed.status == .closed)

        for steps: [ReviewLifecycleTests.Step] in [[.open, .reject], [.end]] {
            var final = try ReviewLifecycleTests.hold(after: steps)
            let before = final
            let closed = final.close(at: Fixtures.hours(9))
            #expect(!closed && final == before)
        }
    }

    @Test(
        "R4: a closed hold refuses every input",
        arguments: [
            ([], ReviewLifecycleTests.Step.end, FraudAction.end),
            ([], .open, .open),
            ([.open], .approve, .approve),
            ([.open], .reject, .reject),
            ([.open, .approve], .reopen, .reopen),
        ] as [([ReviewLifecycleTests.Step], ReviewLifecycleTests.Step, FraudAction)])
    func closedRefusesInputs(steps: [ReviewLifecycleTests.Step], input: ReviewLifecycleTests.Step, action: FraudAction)
        throws
    {
        var hold = try ReviewLifecycleTests.hold(after: steps)
        let closed = hold.close(at: Fixtures.hours(5))
        #expect(closed)
        let before = hold
        var clock = 10.0
        #expect(throws: FraudError.notAllowed(orderID: "o-1", action: action, status: .closed)) {
            try ReviewLifecycleTests.apply(input, to: &hold, at: &clock)
        }
        #expect(hold == before)
        #expect(
            FraudError.notAllowed(orderID: "o-1", action: .end, status: .closed).description
                == "Cannot end the hold of order o-1 while it is closed.")
    }

    @Test("R4: a closed hold's open review leaves the queue")
    func closedLeavesQueue() throws {
        var closed = try ReviewLifecycleTests.hold(after: [.open])
        let open = closed
        _ = closed.close(at: Fixtures.hours(3))
        #expect(ReviewQueue([open]).entries.count == 1)
        #expect(ReviewQueue([closed]).entries.isEmpty)
    }
}
