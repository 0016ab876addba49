import Dispatch
import Foundation
import Glibc

/// Forwards one pipe of a child to an ``OutputSink``, line by line, on a dedicated thread.
///
/// The thread blocks in `read(2)`, so the cooperative pool (two threads here) is never held up by a
/// quiet child. It ends at end of file, that is, once the child and anything that inherited the pipe
/// have exited; it then flushes the partial last line, closes the descriptor and leaves `drained`.
enum OutputPump {
    /// Starts the reader thread for `descriptor`, which the pump owns and closes.
    /// - Parameters:
    ///   - label: thread name, for debuggers and `ps -L`.
    ///   - prefix: put before every line, see ``LinePrefix``.
    ///   - drained: entered now, left when the stream has ended and every line was delivered.
    static func start(
        descriptor: Int32, label: String, prefix: String, sink: @escaping OutputSink, drained: DispatchGroup
    ) {
        drained.enter()
        let thread = Thread {
            forward(descriptor: descriptor, prefix: prefix, sink: sink)
            close(descriptor)
            drained.leave()
        }
        thread.name = label
        thread.start()
    }

    /// Reads until end of file or error, delivering complete lines, then the partial last one.
    private static func forward(descriptor: Int32, prefix: String, sink: OutputSink) {
        var splitter = LineSplitter()
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                for line in splitter.append(buffer[..<count]) {
                    sink(prefix + line)
                }
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        if let last = splitter.flush() {
            sink(prefix + last)
        }
    }
}
