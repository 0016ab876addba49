import Streams
import Testing

/// The crash guard's gate (docs/streams.md §4.6): one suspect at a time, and no wait without end.
@Suite(.timeLimit(.minutes(1))) struct SerialGateTests {
    @Test("Poison: the gate lets one suspect in at a time, and a waiter gives up after its patience")
    func oneAtATimeWithPatience() async {
        let gate = SerialGate(patience: .milliseconds(50))
        #expect(gate.enter())
        let started = ContinuousClock.now
        #expect(await gate.enter() == false, "held: the waiter gives up")
        #expect(ContinuousClock.now - started >= .milliseconds(50))
        gate.leave()
        #expect(await gate.enter())
        gate.leave()
    }
}
