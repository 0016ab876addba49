/// Parameters of `probe.emit`: append `count` ticks (1…10 000 000) to a probe source's stream, `perTransaction`
/// of them per commit (default 100).
public struct ProbeEmitRequest: Codable, Sendable {
    public var count: Int
    public var perTransaction: Int?

    public init(count: Int, perTransaction: Int? = nil) {
        self.count = count
        self.perTransaction = perTransaction
    }
}
