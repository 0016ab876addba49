import Foundation
import Glibc

/// The POSIX calls Maildir delivery needs, each made durable with `fsync` and reported as `MailError`.
enum DurableFile {
    /// Creates `path` and its missing parents (mode 0700); an existing folder is fine.
    static func makeFolder(_ path: String) throws(MailError) {
        if mkdir(path, 0o700) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw failure("create folder", path) }
        try makeFolder((path as NSString).deletingLastPathComponent)
        if mkdir(path, 0o700) != 0, errno != EEXIST { throw failure("create folder", path) }
    }

    /// Writes `data` to `path` (replacing any earlier content, mode 0600), not yet synced.
    static func write(_ data: Data, to path: String) throws(MailError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure("open", path) }
        defer { close(fd) }
        var written = 0
        while written < data.count {
            let result = data.withUnsafeBytes { bytes in
                Glibc.write(fd, bytes.baseAddress! + written, bytes.count - written)
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { throw failure("write", path) }
            written += result
        }
    }

    /// Flushes every written file to disk and waits for it (Linux `sync(2)` waits): one journal commit for
    /// a whole batch of files instead of an `fsync` each.
    static func syncWrittenData() {
        sync()
    }

    /// Renames each `(source, target)` in one step, then syncs `folder` once so the renames survive a crash.
    static func move(_ moves: [(String, String)], syncing folder: String) throws(MailError) {
        for (source, target) in moves {
            guard rename(source, target) == 0 else { throw failure("rename", "\(source) to \(target)") }
        }
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("open", folder) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure("fsync", folder) }
    }

    /// True when something exists at `path`.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// The names in `folder`.
    static func names(in folder: String) throws(MailError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .fileSystem(operation: "list", path: folder, reason: "\(error)")
        }
    }

    private static func failure(_ operation: String, _ path: String) -> MailError {
        let code = errno
        return .fileSystem(operation: operation, path: path, reason: "\(String(cString: strerror(code))) (\(code))")
    }
}
