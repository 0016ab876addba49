import Glibc

/// `CLOCK_MONOTONIC` in nanoseconds: one clock for every process on the machine, never set back, so a
/// time taken in the source and one taken in the sink subtract to a latency.
public enum MonotonicClock {
    public static func nanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }
}
