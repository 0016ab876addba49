import CZeroMQ
import Synchronization

/// A libzmq context: the owner of the I/O threads that every socket uses.
///
/// libzmq contexts are thread-safe, hence `@unchecked Sendable` around the C handle. New sockets get
/// `LINGER 0` (`ZMQ_BLOCKY` off), so `terminate()` never hangs on a peer that went away; sockets whose
/// queued messages matter close with an explicit linger. Swift never deinitialises globals, so call
/// `terminate()` at the end of `main` after closing sockets, or queued messages may be lost (libzmq honours
/// LINGER only while the context terminates).
public final class ZMQContext: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer
    private let terminated = Mutex(false)

    /// Creates a context with `ioThreads` background I/O threads.
    public init(ioThreads: Int32 = 1) throws(ZMQError) {
        guard let handle = zmq_ctx_new() else { throw .last("context creation") }
        zmq_ctx_set(handle, ZMQ_BLOCKY, 0)
        zmq_ctx_set(handle, ZMQ_IO_THREADS, ioThreads)
        self.handle = handle
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
