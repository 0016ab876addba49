/// One of a probe sink's transactions as `probe.commits` answers it: the highest `seq` it applied and the
/// `CLOCK_MONOTONIC` reading, in nanoseconds, right after its COMMIT returned (after the fsync).
public struct CommitStamp: Codable, Sendable, Equatable {
    public var through: UInt64
    public var committedAtNanos: UInt64

    public init(through: UInt64, committedAtNanos: UInt64) {
        self.through = through
        self.committedAtNanos = committedAtNanos
    }
}
