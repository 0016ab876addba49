import CZeroMQ
import Synchronization

/// A libzmq context: the owner of the I/O threads that every socket uses.
///
/// libzmq contexts are thread-safe, hence `@unchecked Sendable` around the C handle. New sockets get
/// `LINGER 0` (`ZMQ_BLOCKY` off), so `terminate()` never hangs on a peer that went away; sockets whose
/// queued messages matter close with an explicit linger. Swift never deinitialises globals, so call
/// `terminate()` at the end of `main` after closing sockets, or queued messages may be lost (libzmq honours
/// LINGER only while the context terminates).
///
/// Every socket made in a context refuses inbound frames larger than `maximumFrameBytes` (`ZMQ_MAXMSGSIZE`):
/// libzmq reads a frame's length before its body and drops the peer that announces more, so no frame beyond the
/// limit is ever held in memory. A socket that expects smaller frames sets a tighter limit of its own.
public final class ZMQContext: @unchecked Sendable {
    /// The default frame limit, 16 MiB: above the largest legitimate frame (an event or RPC body, at most
    /// `streams.max_message_bytes`, 1 MiB by default) with room to spare.
    public static let defaultMaximumFrameBytes: Int64 = 16 << 20

    let handle: UnsafeMutableRawPointer
    /// The largest inbound frame any socket of this context accepts, in bytes.
    public let maximumFrameBytes: Int64
    private let terminated = Mutex(false)

    /// Creates a context with `ioThreads` background I/O threads whose sockets accept frames of at most
    /// `maximumFrameBytes`.
    public init(ioThreads: Int32 = 1, maximumFrameBytes: Int64 = defaultMaximumFrameBytes) throws(ZMQError) {
        guard let handle = zmq_ctx_new() else { throw .last("context creation") }
        zmq_ctx_set(handle, ZMQ_BLOCKY, 0)
        zmq_ctx_set(handle, ZMQ_IO_THREADS, ioThreads)
        self.handle = handle
        self.maximumFrameBytes = maximumFrameBytes
    }

    /// Makes every blocking call on this context's sockets return `ETERM`; sockets must still be closed.
    public func shutdown() {
        zmq_ctx_shutdown(handle)
    }

    /// Waits until every socket is closed, then frees the context. Idempotent.
    public func terminate() {
        let first = terminated.withLock { done in
            defer { done = true }
            return !done
        }
        guard first else { return }
        while zmq_ctx_term(handle) != 0 && zmq_errno() == CZMQ_EINTR {}
    }

    deinit {
        terminate()
    }
}
