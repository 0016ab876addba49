import Foundation
import Glibc
import Logging

/// Keeps what a Dropline process writes to its own user (docs/architecture.md §5, "Permissions"): the stores
/// hold customers' names, addresses and emails, and the `ipc://` sockets take commands.
///
/// Every process clears the group and other bits from what it creates (`restrictNewFiles`, a umask of 077 set
/// first thing in `main`, which the supervisor's children inherit), so folders are made 0700 and stores with their
/// `-wal` and `-shm`, logs, the effective `mesh.yaml` and sockets 0600. A state folder or store made looser by an
/// earlier version, or by hand, is tightened when a process opens it, with a log line.
public enum PrivateFiles {
    /// The bits that let anyone but the owner read, write or enter.
    static let othersBits: mode_t = 0o077

    /// Sets the process's umask to 077, so that everything it creates from now on is its user's alone.
    public static func restrictNewFiles() {
        umask(othersBits)
    }

    /// Creates `path` (with its parents) as a folder of mode 0700, or tightens an existing folder that group or
    /// others may read, write or enter to 0700 and logs it.
    public static func secureFolder(_ path: String, logger: Logger) throws {
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        tighten(path, to: 0o700, logger: logger)
    }

    /// Tightens each existing file of `paths` that group or others may use to 0600, logging each one; a missing
    /// file is left alone (a store's `-wal` and `-shm` exist only while it is open).
    public static func secureFiles(_ paths: [String], logger: Logger) {
        for path in paths { tighten(path, to: 0o600, logger: logger) }
    }

    private static func tighten(_ path: String, to mode: mode_t, logger: Logger) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & othersBits != 0 else { return }
        let before = String(info.st_mode & 0o777, radix: 8)
        guard chmod(path, mode) == 0 else {
            logger.error(
                "Cannot restrict to its owner",
                metadata: ["path": "\(path)", "mode": "\(before)", "error": "\(String(cString: strerror(errno)))"])
            return
        }
        logger.warning(
            "Restricted to its owner: group or others had access",
            metadata: ["path": "\(path)", "mode.before": "\(before)", "mode": "\(String(mode, radix: 8))"])
    }
}
