import Foundation
import Glibc
import Logging
import ProcessControl
import Synchronization

/// A probe child process (spawned by ProcessControl, in its own process group), its output kept in a log
/// file for error messages, and the CPU time it has used.
final class ProbeProcess: Sendable {
    let child: ChildProcess
    let logPath: String

    init(spec: ChildSpec, logPath: String) throws {
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try LogFile(path: logPath)
        child = try ChildProcess.spawn(spec, sink: { log.append($0) }, logger: Logger(label: "dropline-bench"))
        self.logPath = logPath
    }

    var name: String { child.name }
    var pid: pid_t { child.pid }

    /// How it ended, once it has.
    var exited: Termination? { child.termination }

    /// SIGTERM, then SIGKILL after 10 s; returns once it is reaped.
    func terminate() async {
        _ = await child.terminate(grace: .seconds(10))
    }

    /// User plus system CPU seconds it has used so far.
    var cpuSeconds: Double { ProcessCPU.seconds(pid: pid) }

    /// The last `lines` lines of its output.
    func logTail(lines: Int = 15) -> String {
        let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }
}

/// An append-only log file written one whole line at a time from any thread.
final class LogFile: Sendable {
    private let handle: Mutex<FileHandle>

    init(path: String) throws {
        handle = Mutex(try FileHandle(forWritingTo: URL(fileURLWithPath: path)))
    }

    func append(_ line: String) {
        handle.withLock { $0.write(Data((line + "\n").utf8)) }
    }
}
