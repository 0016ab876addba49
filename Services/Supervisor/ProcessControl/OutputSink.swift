import Glibc
import Synchronization

/// Receives each forwarded log line, already prefixed with the child's name, without a trailing newline.
/// It is called on the pipe's reader thread, never on the cooperative pool, so it may block briefly.
public typealias OutputSink = @Sendable (String) -> Void

/// The default ``OutputSink``: the supervisor's standard output.
public enum StandardOutput {
    /// Serialises writers within the supervisor so that a line longer than the pipe's atomic size
    /// is still never interleaved with another child's line.
    private static let writeLock = Mutex(())

    /// Writes `line` and a newline to file descriptor 1 with one `write(2)` (repeated only for a short write).
    public static func writeLine(_ line: String) {
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        writeLock.withLock { _ in
            bytes.withUnsafeBytes { buffer in
                guard let start = buffer.baseAddress else { return }
                var offset = 0
                while offset < buffer.count {
                    let written = write(STDOUT_FILENO, start + offset, buffer.count - offset)
                    if written > 0 {
                        offset += written
                    } else if written < 0 && errno == EINTR {
                        continue
                    } else {
                        return
                    }
                }
            }
        }
    }
}
