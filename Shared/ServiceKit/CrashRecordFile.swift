import CCrashRecord
import Foundation
import Glibc
import Streams
import Synchronization

/// `<store>.crashed`: where the process writes, from its fatal-signal handler, the signal that kills it (a Swift
/// runtime trap, an abort, a segmentation fault), so that the next start on the store knows the last run crashed
/// and when (docs/streams.md §4.6). A SIGKILL runs no handler and leaves the file empty: a kill is not a crash.
///
/// Opening it reads what the last run left and empties the file for this run. A process that hosts several stores
/// (a dispatch worker) writes the record into each one's file.
final class CrashRecordFile: Sendable {
    /// The crash that ended the last run on this store; nil when it ended otherwise.
    let lastCrash: Crash?
    private let descriptor: Mutex<Int32?>

    /// The running executable's identity (device, inode, modification time and size of `/proc/self/exe`): a request
    /// the crash guard refuses is refused by this build only, and tried again by a new one.
    static let build: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "unknown" }
        return "\(info.st_dev):\(info.st_ino):\(info.st_mtim.tv_sec):\(info.st_size)"
    }()

    /// Reads and empties the file next to `storePath`, then registers it with the signal handler.
    init(storePath: String) throws {
        let path = storePath + ".crashed"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw ServiceHostError.storeUnavailable(path: path, reason: String(cString: strerror(errno)))
        }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = pread(fd, &buffer, buffer.count, 0)
        lastCrash = count > 0 ? Crash.parse(record: String(decoding: buffer.prefix(count), as: UTF8.self)) : nil
        guard ftruncate(fd, 0) == 0, dropline_crash_record_add(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            Glibc.close(fd)
            throw ServiceHostError.storeUnavailable(path: path, reason: reason)
        }
        descriptor = Mutex(fd)
    }

    /// Stops recording into the file and closes it (the host is handing its store over); later calls do nothing.
    func close() {
        descriptor.withLock { fd in
            guard let open = fd else { return }
            dropline_crash_record_remove(open)
            Glibc.close(open)
            fd = nil
        }
    }

    deinit {
        close()
    }
}
