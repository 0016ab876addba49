/// The answer of `probe.emit`: the last tick number written.
public struct ProbeEmitResult: Codable, Sendable {
    public var last: Int

    public init(last: Int) {
        self.last = last
    }
}
