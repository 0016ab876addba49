import Foundation
import Testing

@testable import ServiceKit

/// Where the next step of a clock advance stops (docs/architecture.md §4): the soonest due timer plus the
/// resolution, never past the target.
@Suite struct ClockStepTests {
    /// Minutes after the simulated start.
    static func minute(_ value: Double) -> Date { simulatedStart.addingTimeInterval(value * 60) }

    @Test(
        arguments: [
            // (from, to, soonest due, resolution in minutes, next step)
            (0.0, 480.0, nil, 1.0, 480.0),  // nothing due: straight to the target
            (0.0, 480.0, 600.0, 1.0, 480.0),  // due after the target: the target
            (0.0, 480.0, 479.5, 1.0, 480.0),  // due within a resolution of the target: the target
            (0.0, 480.0, 30.0, 1.0, 31.0),  // due on the way: one resolution past it
            (0.0, 480.0, 30.25, 1.0, 31.25),  // not rounded to whole minutes
            (0.0, 480.0, 30.0, 5.0, 35.0),  // a coarser resolution batches more
            (0.0, 480.0, 30.0, 0.001, 30.001),  // a fine resolution steps almost onto the timer
            (100.0, 480.0, 90.0, 1.0, 101.0),  // a timer still due at `from` counts as due now
        ] as [(Double, Double, Double?, Double, Double)])
    func nextStep(from: Double, to: Double, due: Double?, resolution: Double, expected: Double) {
        let next = ClockStep.next(
            from: Self.minute(from), to: Self.minute(to), soonestDue: due.map(Self.minute),
            resolution: .milliseconds(Int64((resolution * 60_000).rounded())))
        #expect(abs(next.timeIntervalSince(Self.minute(expected))) < 0.001)
    }

    @Test func everyStepMovesForwardAndAnAdvanceEndsAtItsTarget() {
        // Given timers due every 7 minutes for an hour, seen one at a time as the mesh fires them
        let dues = stride(from: 7.0, through: 63.0, by: 7.0).map(Self.minute)
        var now = Self.minute(0)
        var steps: [Date] = []

        // When an advance of 60 minutes plans its steps at a 1-minute resolution
        while now < Self.minute(60) {
            let soonest = dues.first { $0 > now }
            now = ClockStep.next(from: now, to: Self.minute(60), soonestDue: soonest, resolution: .seconds(60))
            steps.append(now)
        }

        // Then it stops one minute after each timer and ends exactly at the target
        #expect(steps == [8, 15, 22, 29, 36, 43, 50, 57, 60].map(Self.minute))
    }
}
