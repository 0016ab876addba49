import CZeroMQ
import Glibc

/// A self-pipe that wakes a socket thread blocked in `zmq_poll` from any other thread.
///
/// `signal()` is cheap and coalesces: many signals before the thread drains read as one wake-up.
public final class WakeupSignal: Sendable {
    /// The read end, to add to a `ZMQPoller`.
    public let fileDescriptor: Int32
    private let writeEnd: Int32

    /// Creates the pipe; throws with `errno` if the process is out of descriptors.
    public init() throws(ZMQError) {
        var fds: [Int32] = [0, 0]
        guard czmq_wakeup_pipe(&fds) == 0 else { throw ZMQError(operation: "wake-up pipe", code: errno) }
        fileDescriptor = fds[0]
        writeEnd = fds[1]
    }

    /// Wakes the thread. Never blocks: a full pipe already means a pending wake-up.
    public func signal() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Consumes pending wake-ups; call on the owning thread after `poll` reports the pipe readable.
    public func drain() {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(fileDescriptor, &buffer, buffer.count) > 0 {}
    }

    deinit {
        Glibc.close(fileDescriptor)
        Glibc.close(writeEnd)
    }
}
