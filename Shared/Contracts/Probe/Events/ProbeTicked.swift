/// `probe.ticked`, the probe's synthetic event: a counter and a note sized so that the envelope is about 300
/// bytes. A probe source publishes it; a probe sink applies it exactly once.
public struct ProbeTicked: EventPayload, Equatable {
    public static let eventType = "probe.ticked"
    public var n: Int
    public var note: String
    /// The source's `CLOCK_MONOTONIC` reading, in nanoseconds, when it wrote the event, for end-to-end latency on
    /// one machine. Optional (added later): events written before it existed decode with nil.
    public var emittedAtNanos: UInt64?

    /// Tick `n` with the standard note.
    public init(n: Int, emittedAtNanos: UInt64? = nil) {
        self.n = n
        self.note = String(repeating: "·", count: 12)
        self.emittedAtNanos = emittedAtNanos
    }
}
