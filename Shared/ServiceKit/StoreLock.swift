import Foundation
import Glibc
import Streams
import Synchronization

/// An exclusive `flock` on `<store>.lock`: one process per store, whatever starts it (F15). It also keeps a second
/// process from binding the same `ipc://` endpoints, which libzmq would let it steal silently from the live one.
///
/// The kernel drops the lock when the process dies, even by SIGKILL, so a restart never finds a stale lock.
public final class StoreLock: Sendable {
    private let descriptor: Mutex<Int32?>

    /// Takes the lock or throws `StreamError.storeLocked` if another live process holds it.
    public init(storePath: String) throws {
        let path = storePath + ".lock"
        try FileManager.default.createDirectory(
            atPath: (storePath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw ServiceHostError.storeUnavailable(path: path, reason: String(cString: strerror(errno)))
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw StreamError.storeLocked(path: storePath)
        }
        descriptor = Mutex(fd)
    }

    /// Drops the lock now (a dispatch worker handing a partition over); later calls do nothing.
    public func release() {
        descriptor.withLock { fd in
            if let open = fd { close(open) }
            fd = nil
        }
    }

    deinit {
        release()
    }
}
