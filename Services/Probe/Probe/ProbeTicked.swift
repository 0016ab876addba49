import Contracts

/// The probe's synthetic event: a counter and a note sized so that the envelope is about 300 bytes.
public struct ProbeTicked: EventPayload, Equatable {
    public static let eventType = "probe.ticked"
    public var n: Int
    public var note: String

    public init(n: Int) {
        self.n = n
        self.note = String(repeating: "·", count: 40)
    }
}
