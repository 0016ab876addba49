/// At most `limit` holders at a time, waiting in arrival order: a dispatch worker's supplier calls in flight,
/// shared by all its partitions.
public actor ConcurrencyLimit {
    private let limit: Int
    private var holders = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    public init(limit: Int) {
        precondition(limit > 0, "a limit lets at least one holder in")
        self.limit = limit
    }

    /// Runs `work` once a place is free, and frees it after; nil without running it when the task was cancelled
    /// while it waited (a partition being handed over must not start new calls).
    public func run<Result: Sendable>(_ work: @Sendable () async throws -> Result) async rethrows -> Result? {
        await acquire()
        defer { release() }
        guard !Task.isCancelled else { return nil }
        return try await work()
    }

    private func acquire() async {
        if holders < limit {
            holders += 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    private func release() {
        if waiters.isEmpty {
            holders -= 1
        } else {
            waiters.removeFirst().resume()
        }
    }
}
