/// The answer of `probe.summary`: what a probe sink has applied, for tests and the benchmark. Exactly once means
/// `count == distinct == lastSeq` and `inOrder`.
public struct ProbeSummary: Codable, Sendable, Equatable {
    public var count: Int
    public var distinct: Int
    public var firstSeq: Int?
    public var lastSeq: Int?
    /// Every row's seq is its position: 1, 2, 3… with nothing missing, doubled or reordered.
    public var inOrder: Bool

    public init(count: Int, distinct: Int, firstSeq: Int?, lastSeq: Int?, inOrder: Bool) {
        self.count = count
        self.distinct = distinct
        self.firstSeq = firstSeq
        self.lastSeq = lastSeq
        self.inOrder = inOrder
    }

    /// Exactly once for a stream of `expected` events: 1…expected, each applied once, in order.
    public func isExactlyOnce(expected: Int) -> Bool {
        count == expected && distinct == expected && firstSeq == (expected > 0 ? 1 : nil)
            && lastSeq == (expected > 0 ? expected : nil) && inOrder
    }
}
