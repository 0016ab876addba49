import Contracts
import Foundation
import Testing

@testable import ServiceKit

/// The quiescence rule of the stepped clock (docs/architecture.md §4), on pure `clock.progress` answers.
@Suite struct MeshSettlingTests {
    static let now = afterStart(.seconds(3_600))
    static let later = afterStart(.seconds(7_200))
    static let earlier = afterStart(.seconds(1_800))

    /// A quiet mesh at `now`: orders and inventory consume each other, dispatch.p0 consumes orders, inventory has a
    /// timer due later.
    static func quiet() -> [String: ClockProgress] {
        [
            "orders": ClockProgress(
                name: "orders", pid: 1, domainTime: now, stream: "orders", head: 10,
                applied: ["inventory": 4, "clock": 7]),
            "inventory": ClockProgress(
                name: "inventory", pid: 2, domainTime: now, nextDue: later, stream: "inventory", head: 4,
                applied: ["orders": 10, "clock": 7]),
            "dispatch.p0": ClockProgress(
                name: "dispatch.p0", pid: 3, domainTime: now, stream: "dispatch.p0", head: 0,
                applied: ["orders": 10, "clock": 7]),
            "dispatch.1": ClockProgress(name: "dispatch.1", pid: 3),
        ]
    }

    static let expected = ["orders", "inventory", "dispatch.1", "dispatch.p0"]

    /// The quiet mesh with one change.
    static func quiet(_ change: (inout [String: ClockProgress]) -> Void) -> [String: ClockProgress] {
        var reports = quiet()
        change(&reports)
        return reports
    }

    static func judge(_ current: [String: ClockProgress], after previous: [String: ClockProgress]?)
        -> MeshSettling.Verdict
    {
        MeshSettling.judge(expected: expected, current: current, previous: previous, at: now)
    }

    @Test func twoIdenticalQuietPassesSettleWithTheSoonestDueTimer() {
        #expect(Self.judge(Self.quiet(), after: Self.quiet()) == .settled(soonestDue: Self.later))
    }

    @Test func aSinglePassNeverSettles() {
        #expect(Self.judge(Self.quiet(), after: nil) == .waiting(["a second pass must confirm the first"]))
    }

    @Test(
        arguments: [
            (
                "a process that does not answer",
                MeshSettlingTests.quiet { $0["dispatch.p0"] = nil },
                ["dispatch.p0 did not answer"]
            ),
            (
                "a consumer behind its publisher's head",
                MeshSettlingTests.quiet { $0["dispatch.p0"]?.applied["orders"] = 8 },
                ["dispatch.p0 has applied orders up to 8 of 10"]
            ),
            (
                "an event published after its consumers read it",
                MeshSettlingTests.quiet { $0["orders"]?.head = 11 },
                ["inventory has applied orders up to 10 of 11", "dispatch.p0 has applied orders up to 10 of 11"]
            ),
            (
                "a timer due now not fired yet",
                MeshSettlingTests.quiet { $0["inventory"]?.nextDue = MeshSettlingTests.now },
                [
                    "inventory has a timer due at \(DomainTime.format(MeshSettlingTests.now)) still to fire (its clock stands at "
                        + "\(DomainTime.format(MeshSettlingTests.now)))"
                ]
            ),
            (
                "a process whose clock lags behind a timer it must fire",
                MeshSettlingTests.quiet {
                    $0["inventory"]?.nextDue = MeshSettlingTests.earlier
                    $0["inventory"]?.domainTime = afterStart(.seconds(600))
                },
                [
                    "inventory has a timer due at \(DomainTime.format(MeshSettlingTests.earlier)) still to fire (its clock stands at "
                        + "\(DomainTime.format(afterStart(.seconds(600)))))"
                ]
            ),
            (
                "calls queued and not made",
                MeshSettlingTests.quiet { $0["dispatch.p0"]?.queuedCalls = 2 },
                ["dispatch.p0 has 2 queued call(s) still to make"]
            ),
        ] as [(String, [String: ClockProgress], [String])])
    func aBusyMeshWaitsAndSaysWhy(_ situation: String, current: [String: ClockProgress], reasons: [String]) {
        #expect(Self.judge(current, after: current) == .waiting(reasons), "\(situation)")
    }

    @Test(
        arguments: [
            (
                "a new head, caught up with",
                MeshSettlingTests.quiet {
                    $0["inventory"]?.head = 5
                    $0["orders"]?.applied["inventory"] = 5
                }
            ),
            ("a timer scheduled", MeshSettlingTests.quiet { $0["orders"]?.nextDue = MeshSettlingTests.later }),
            ("a restarted process", MeshSettlingTests.quiet { $0["orders"]?.pid = 99 }),
        ] as [(String, [String: ClockProgress])])
    func aQuietPassThatDiffersFromTheOneBeforeWaitsForAnother(_ change: String, current: [String: ClockProgress]) {
        guard case .waiting(let reasons) = Self.judge(current, after: Self.quiet()) else {
            Issue.record("\(change): settled on one pass")
            return
        }
        #expect(reasons.allSatisfy { $0.hasSuffix("was still at work") }, "\(change): \(reasons)")
        #expect(Self.judge(current, after: current) != .waiting(reasons), "\(change): settles on the next pass")
    }

    @Test func applyingClockTicksThatFireNothingDoesNotHoldUpAStep() {
        // Given a process with nothing due that applies the step's tick between two passes
        let caughtUp = Self.quiet {
            $0["dispatch.p0"]?.applied["clock"] = 9
            $0["dispatch.p0"]?.domainTime = Self.later
        }

        // Then the mesh has settled all the same
        #expect(Self.judge(caughtUp, after: Self.quiet()) == .settled(soonestDue: Self.later))
    }

    @Test func afterTheLastStepEveryClockFollowerMustHaveReachedTheTarget() {
        let behind = Self.quiet { $0["inventory"]?.domainTime = Self.earlier }
        #expect(MeshSettling.behind(expected: Self.expected, current: Self.quiet(), target: Self.now).isEmpty)
        #expect(
            MeshSettling.behind(expected: Self.expected, current: behind, target: Self.now) == [
                "inventory has not applied the step to \(DomainTime.format(Self.now)) (its clock stands at "
                    + "\(DomainTime.format(Self.earlier)))"
            ])
        #expect(
            MeshSettling.behind(expected: Self.expected + ["payments"], current: Self.quiet(), target: Self.now)
                == ["payments did not answer"])
    }
}
