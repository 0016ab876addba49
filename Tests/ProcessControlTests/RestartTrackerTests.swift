import ProcessControl
import Testing

/// The restart policy, as a table of exits and the decisions they get.
struct RestartTrackerTests {
    /// One exit: how long the child ran, when (offset from the scenario's start), and what is expected.
    struct Step: Sendable {
        let ranFor: Duration
        let at: Duration
        let delay: Duration
        let crashLooping: Bool
        var entersCrashLoop = false
    }

    struct Scenario: Sendable, CustomTestStringConvertible {
        let label: String
        let policy: RestartPolicy
        let steps: [Step]
        var testDescription: String { label }
    }

    static let quick = Duration.milliseconds(50)

    static let scenarios: [Scenario] = [
        Scenario(
            label: "defaults: doubling from 100 ms, 5th quick restart is a crash loop at 30 s",
            policy: RestartPolicy(),
            steps: [
                Step(ranFor: quick, at: .seconds(0), delay: .milliseconds(100), crashLooping: false),
                Step(ranFor: quick, at: .seconds(1), delay: .milliseconds(200), crashLooping: false),
                Step(ranFor: quick, at: .seconds(2), delay: .milliseconds(400), crashLooping: false),
                Step(ranFor: quick, at: .seconds(3), delay: .milliseconds(800), crashLooping: false),
                Step(ranFor: quick, at: .seconds(4), delay: .seconds(30), crashLooping: true, entersCrashLoop: true),
                Step(ranFor: quick, at: .seconds(40), delay: .seconds(30), crashLooping: true),
            ]),
        Scenario(
            label: "delay doubles up to the maximum and stays there",
            policy: RestartPolicy(maximumDelay: .seconds(1), crashLoopRestarts: 100),
            steps: [
                Step(ranFor: quick, at: .seconds(0), delay: .milliseconds(100), crashLooping: false),
                Step(ranFor: quick, at: .seconds(1), delay: .milliseconds(200), crashLooping: false),
                Step(ranFor: quick, at: .seconds(2), delay: .milliseconds(400), crashLooping: false),
                Step(ranFor: quick, at: .seconds(3), delay: .milliseconds(800), crashLooping: false),
                Step(ranFor: quick, at: .seconds(4), delay: .seconds(1), crashLooping: false),
                Step(ranFor: quick, at: .seconds(5), delay: .seconds(1), crashLooping: false),
            ]),
        Scenario(
            label: "a stable run resets the backoff",
            policy: RestartPolicy(crashLoopRestarts: 100),
            steps: [
                Step(ranFor: quick, at: .seconds(0), delay: .milliseconds(100), crashLooping: false),
                Step(ranFor: quick, at: .seconds(1), delay: .milliseconds(200), crashLooping: false),
                Step(ranFor: .seconds(9), at: .seconds(10), delay: .milliseconds(400), crashLooping: false),
                Step(ranFor: .seconds(10), at: .seconds(20), delay: .milliseconds(100), crashLooping: false),
                Step(ranFor: quick, at: .seconds(21), delay: .milliseconds(200), crashLooping: false),
            ]),
        Scenario(
            label: "crash loop is flagged once and cleared by a stable run",
            policy: RestartPolicy(crashLoopRestarts: 3),
            steps: [
                Step(ranFor: quick, at: .seconds(0), delay: .milliseconds(100), crashLooping: false),
                Step(ranFor: quick, at: .seconds(1), delay: .milliseconds(200), crashLooping: false),
                Step(ranFor: quick, at: .seconds(2), delay: .seconds(30), crashLooping: true, entersCrashLoop: true),
                Step(ranFor: .seconds(5), at: .seconds(40), delay: .seconds(30), crashLooping: true),
                Step(ranFor: .seconds(200), at: .seconds(300), delay: .milliseconds(100), crashLooping: false),
                Step(ranFor: quick, at: .seconds(301), delay: .milliseconds(200), crashLooping: false),
            ]),
        Scenario(
            label: "restarts spread wider than the window are no crash loop",
            policy: RestartPolicy(crashLoopRestarts: 3, crashLoopWindow: .seconds(60)),
            steps: [
                Step(ranFor: quick, at: .seconds(0), delay: .milliseconds(100), crashLooping: false),
                Step(ranFor: quick, at: .seconds(59), delay: .milliseconds(200), crashLooping: false),
                Step(ranFor: quick, at: .seconds(60), delay: .milliseconds(400), crashLooping: false),
                Step(ranFor: quick, at: .seconds(61), delay: .seconds(30), crashLooping: true, entersCrashLoop: true),
            ]),
    ]

    @Test(arguments: scenarios)
    func decides(_ scenario: Scenario) {
        let origin = ContinuousClock.now
        var tracker = RestartTracker(policy: scenario.policy)
        #expect(tracker.currentDelay == .zero)
        for (index, step) in scenario.steps.enumerated() {
            let decision = tracker.scheduleRestart(afterRunning: step.ranFor, at: origin + step.at)
            let expected = RestartDecision(
                delay: step.delay, isCrashLooping: step.crashLooping, enteredCrashLoop: step.entersCrashLoop)
            #expect(decision == expected, "step \(index)")
            #expect(tracker.currentDelay == step.delay, "step \(index)")
            #expect(tracker.isCrashLooping == step.crashLooping, "step \(index)")
        }
    }

    @Test func policyRaisesValuesBelowTheirFloor() {
        let policy = RestartPolicy(initialDelay: .seconds(2), maximumDelay: .seconds(1), crashLoopRestarts: 0)
        #expect(policy.maximumDelay == .seconds(2))
        #expect(policy.crashLoopRestarts == 1)
    }
}
