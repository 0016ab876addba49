import Foundation
import GRDB
import Glibc
import Logging
import Metrics
import Synchronization

/// Watches that a service's store can still be written, so that `status` and the metrics tell within seconds when it
/// cannot (docs/streams.md §4.9): every `interval`, and at once after a failed write, it compares the file at the
/// store's path with the one the process opened (device and inode: deleted, replaced) and checks it can be written;
/// each failed write with a store error (disk full, read-only, I/O) raises an alert that the next commit clears.
final class StoreWatch: TransactionObserver, Sendable {
    /// How often the file is checked.
    static let interval: Duration = .seconds(1)

    private struct State {
        var file: StoreProblem?
        var writes: StoreProblem?
    }

    let path: String
    private let opened: (device: UInt64, inode: UInt64)?
    private let state = Mutex(State())
    private let logger: Logger
    private let store: String
    private let alertCount: Gauge

    /// Watches the file at `path`, as it is now (just opened), for the instance `store`.
    init(path: String, store: String, logger: Logger) {
        self.path = path
        self.store = store
        self.logger = logger
        opened = Self.identity(of: path)
        alertCount = Gauge(label: "dropline_store_alerts", dimensions: [("store", store)])
        alertCount.record(0)
    }

    /// What is wrong now, as sentences for `status`.
    var alerts: [String] {
        state.withLock { [$0.file, $0.writes].compactMap { $0?.description } }
    }

    /// Checks the file every `interval` until cancelled.
    func watch() async {
        while !Task.isCancelled {
            check()
            try? await Task.sleep(for: Self.interval)
        }
    }

    /// Compares the file at the path with the one opened, and checks it is writable.
    func check() {
        let problem = fileProblem()
        let changed = state.withLock { state in
            defer { state.file = problem }
            return state.file != problem
        }
        guard changed else { return }
        if let problem {
            logger.error("Store alert", metadata: ["alert": "\(problem)"])
        } else {
            logger.notice("Store alert cleared", metadata: ["db.path": "\(path)"])
        }
        publishCount()
    }

    /// Notes a failed write: a store error raises the write alert (and checks the file at once); another error,
    /// the caller's own, is not the store's.
    func noteFailure(_ error: any Error) {
        guard let error = error as? DatabaseError,
            let code = Self.storeErrors.first(where: { $0.code == error.resultCode.primaryResultCode })?.name
        else { return }
        Counter(label: "dropline_store_write_failures_total", dimensions: [("store", store), ("code", code)])
            .increment()
        let raised = state.withLock { state in
            if case .writesFailing(_, code, let message, let since, let failures) = state.writes {
                state.writes = .writesFailing(
                    path: path, code: code, message: message, since: since, failures: failures + 1)
                return false
            }
            state.writes = .writesFailing(
                path: path, code: code, message: error.message ?? "\(error)", since: Date(), failures: 1)
            return true
        }
        if raised {
            logger.error("Store alert", metadata: ["alert": "\(alerts.last ?? "")"])
            publishCount()
        }
        check()
    }

    private func publishCount() {
        alertCount.record(state.withLock { [$0.file, $0.writes].compactMap { $0 }.count })
    }

    private func fileProblem() -> StoreProblem? {
        guard let opened else { return nil }
        guard let now = Self.identity(of: path) else { return .deleted(path: path) }
        guard now == opened else { return .replaced(path: path, opened: opened.inode, now: now.inode) }
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IWUSR == 0 {
            return .notWritable(path: path, reason: "it is read-only (mode \(String(info.st_mode & 0o777, radix: 8)))")
        }
        if access(path, W_OK) != 0 {
            return .notWritable(path: path, reason: String(cString: strerror(errno)))
        }
        var system = statvfs()
        if statvfs(path, &system) == 0, system.f_flag & UInt(ST_RDONLY) != 0 {
            return .notWritable(path: path, reason: "its file system is mounted read-only")
        }
        return nil
    }

    private static func identity(of path: String) -> (device: UInt64, inode: UInt64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (UInt64(info.st_dev), UInt64(info.st_ino))
    }

    /// The SQLite primary result codes that mean the store, not the request, is at fault.
    private static let storeErrors: [(code: ResultCode, name: String)] = [
        (.SQLITE_FULL, "SQLITE_FULL"), (.SQLITE_READONLY, "SQLITE_READONLY"), (.SQLITE_IOERR, "SQLITE_IOERR"),
        (.SQLITE_CANTOPEN, "SQLITE_CANTOPEN"), (.SQLITE_CORRUPT, "SQLITE_CORRUPT"), (.SQLITE_NOTADB, "SQLITE_NOTADB"),
    ]

    // MARK: - TransactionObserver: a commit means the store takes writes again.

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { false }

    func databaseDidChange(with event: DatabaseEvent) {}

    func databaseDidCommit(_ db: Database) {
        let cleared = state.withLock { state in
            defer { state.writes = nil }
            return state.writes != nil
        }
        if cleared {
            logger.notice("Store takes writes again", metadata: ["db.path": "\(path)"])
            publishCount()
        }
    }

    func databaseDidRollback(_ db: Database) {}
}
