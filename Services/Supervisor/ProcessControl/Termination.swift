/// How a child process ended.
public enum Termination: Sendable, Hashable, CustomStringConvertible {
    /// The process called `exit` with this code. `-1` means the status could not be collected
    /// (something else in the supervisor reaped the child).
    case exited(Int32)
    /// The process was ended by this signal.
    case signaled(Int32)

    /// Decodes a `waitpid` status word (the `WIFEXITED`/`WTERMSIG` macros do not import into Swift).
    init(waitStatus status: Int32) {
        let signal = status & 0x7f
        if signal == 0 {
            self = .exited((status >> 8) & 0xff)
        } else {
            self = .signaled(signal)
        }
    }

    public var description: String {
        switch self {
        case .exited(let code): "exited with code \(code)"
        case .signaled(let signal): "killed by signal \(signal)"
        }
    }
}
