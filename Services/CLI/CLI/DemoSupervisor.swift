import Foundation
import ServiceKit
import Synchronization

/// `dropline-supervisor` as the demo's child: started in its own process group (so that Ctrl-C reaches the demo
/// only, and the demo decides when the mesh stops), its output in the state folder's `mesh.log`, and told the
/// demo's pid so that it stops the mesh by itself should the demo die (`DROPLINE_SUPERVISOR_PID`).
final class DemoSupervisor: Sendable {
    private let process: Mutex<Process>
    let logPath: String

    /// Starts the supervisor with the user's config and overrides.
    init(options: ServiceOptions, logPath: String) throws {
        var arguments: [String] = []
        if let config = options.config { arguments += ["--config", config] }
        for override in options.overrides { arguments += ["--set", override] }
        if let level = options.logLevel { arguments += ["--log-level", level] }
        _ = FileManager.default.createFile(atPath: logPath, contents: nil, attributes: [.posixPermissions: 0o600])
        guard let log = FileHandle(forWritingAtPath: logPath) else {
            throw CommandFailure("Cannot write \(logPath).")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Executables.sibling("dropline-supervisor"))
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["DROPLINE_SUPERVISOR_PID": String(getpid())]) { _, demo in demo }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = log
        process.standardError = log
        do {
            try process.run()
        } catch {
            throw CommandFailure(
                "Cannot run \(process.executableURL?.path ?? "dropline-supervisor"): \(error). Build it with `swift build`."
            )
        }
        self.process = Mutex(process)
        self.logPath = logPath
    }

    /// Nil while it runs; its exit status once it has exited.
    var exitStatus: Int32? {
        process.withLock { $0.isRunning ? nil : $0.terminationStatus }
    }

    /// Throws when the supervisor has exited, with the end of its output.
    func checkRunning() throws {
        guard let status = exitStatus else { return }
        throw CommandFailure("The supervisor exited with status \(status); the end of \(logPath):\n\(logTail())")
    }

    /// SIGTERM (the supervisor stops every process in reverse start order), then SIGKILL after `grace`; returns
    /// once it has exited.
    func stop(grace: Duration) async {
        let pid = process.withLock { process in
            if process.isRunning { process.terminate() }
            return process.processIdentifier
        }
        let deadline = ContinuousClock.now + grace
        while exitStatus == nil {
            if ContinuousClock.now >= deadline { kill(pid, SIGKILL) }
            try? await Task.sleep(for: .milliseconds(50))
        }
    }

    /// The last lines of its output, to explain a failure.
    func logTail(lines: Int = 8) -> String {
        let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }
}
