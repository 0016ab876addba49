import Contracts
import Foundation

/// Why a store cannot be written, or what the process writes is lost, as `status` shows it (docs/streams.md §4.9).
enum StoreProblem: Sendable, Equatable, CustomStringConvertible {
    /// The file was removed while the process had it open: it writes an inode no one can open again.
    case deleted(path: String)
    /// Another file is at the store's path now (a restore, a copy over it).
    case replaced(path: String, opened: UInt64, now: UInt64)
    /// The file, or its file system, refuses writes.
    case notWritable(path: String, reason: String)
    /// Writes fail with a SQLite error (disk full, I/O, read-only), `failures` times since `since`.
    case writesFailing(path: String, code: String, message: String, since: Date, failures: Int)

    var description: String {
        switch self {
        case .deleted(let path):
            "Store \(path) was deleted while the process ran: it still writes the deleted file, which is lost when it stops."
        case .replaced(let path, let opened, let now):
            "Store \(path) was replaced by another file (inode \(opened), now \(now)) while the process ran: it still writes the file it opened."
        case .notWritable(let path, let reason):
            "Store \(path) cannot be written: \(reason)."
        case .writesFailing(let path, let code, let message, let since, let failures):
            "Writes to store \(path) fail: \(message) (\(code)), \(failures) times since \(DomainTime.format(since)); retrying."
        }
    }
}
