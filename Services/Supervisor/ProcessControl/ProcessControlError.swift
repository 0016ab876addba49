import Glibc

/// Every failure this module reports, each naming the operation, its subject and, where the system gave one, errno.
public enum ProcessControlError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Creating the stdout or stderr pipe for `path` failed.
    case pipe(path: String, errno: Int32)
    /// `posix_spawn` (or preparing its attributes) for `path` failed; errors of exec in the child land here too.
    case spawn(path: String, errno: Int32)
    /// `kill(pid, signal)` failed.
    case signal(signal: Int32, pid: pid_t, errno: Int32)
    /// `operation` named a child that the table does not hold.
    case unknownChild(operation: String, name: String)
    /// `operation` would add a second child named `name`.
    case duplicateChild(operation: String, name: String)
    /// `operation` on child `name` came after `stopAll`.
    case stopped(operation: String, name: String)

    public var description: String {
        switch self {
        case .pipe(let path, let code):
            "pipe for \(path) failed: \(Self.message(for: code))"
        case .spawn(let path, let code):
            "spawn of \(path) failed: \(Self.message(for: code))"
        case .signal(let signal, let pid, let code):
            "signal \(signal) to pid \(pid) failed: \(Self.message(for: code))"
        case .unknownChild(let operation, let name):
            "\(operation) of \(name) failed: no child of that name"
        case .duplicateChild(let operation, let name):
            "\(operation) of \(name) failed: a child of that name already exists"
        case .stopped(let operation, let name):
            "\(operation) of \(name) failed: the child table has been stopped"
        }
    }

    /// `strerror` text followed by the number, e.g. `No such file or directory (2)`.
    static func message(for code: Int32) -> String {
        "\(String(cString: strerror(code))) (\(code))"
    }
}
