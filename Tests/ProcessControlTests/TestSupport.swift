import Foundation
import Glibc
import Logging
import ProcessControl
import Synchronization

/// Thrown by ``waitUntil(_:timeout:poll:_:)`` when the condition did not come true in time.
struct ConditionTimedOut: Error, CustomStringConvertible {
    let condition: String
    let timeout: Duration
    var description: String { "\(condition) not met within \(timeout)" }
}

/// Polls `condition` every `poll` until it holds, or throws once `timeout` has passed.
func waitUntil(
    _ condition: String, timeout: Duration = .seconds(10), poll: Duration = .milliseconds(10),
    _ check: () throws -> Bool
) async throws {
    let deadline = ContinuousClock.now + timeout
    while try !check() {
        guard ContinuousClock.now < deadline else { throw ConditionTimedOut(condition: condition, timeout: timeout) }
        try await Task.sleep(for: poll)
    }
}

/// Collects values handed to it from any thread: forwarded lines or table events.
final class Recorder<Value: Sendable>: Sendable {
    private let values = Mutex<[Value]>([])

    var all: [Value] { values.withLock { $0 } }

    func record(_ value: Value) {
        values.withLock { $0.append(value) }
    }
}

extension Recorder where Value == String {
    /// An output sink that records each line.
    var sink: OutputSink { { self.record($0) } }
}

extension Recorder where Value == ChildEvent {
    /// Pids of every `started` event.
    var startedPIDs: [pid_t] {
        all.compactMap { if case .started(_, let pid) = $0 { pid } else { nil } }
    }

    /// Names of `exited` events, in order.
    var exitedNames: [String] {
        all.compactMap { if case .exited(let name, _) = $0 { name } else { nil } }
    }

    /// Delays of `restarting` events for `child`, in order.
    func restartDelays(of child: String) -> [Duration] {
        all.compactMap { if case .restarting(child, let delay) = $0 { delay } else { nil } }
    }
}

/// Whether a process of this id exists (a zombie counts: only reaping makes `kill(pid, 0)` fail with ESRCH).
func processExists(_ pid: pid_t) -> Bool {
    kill(pid, 0) == 0 || errno != ESRCH
}

/// A logger for the library under test.
let testLogger = Logger(label: "ProcessControlTests")

/// A `/bin/sh -c script` child.
func shell(_ name: String, _ script: String, environment: [String: String] = [:]) -> ChildSpec {
    ChildSpec(name: name, executable: "/bin/sh", arguments: ["-c", script], environment: environment)
}

/// A child that sleeps 30 s and dies on SIGTERM.
func sleeper(_ name: String) -> ChildSpec {
    ChildSpec(name: name, executable: "/bin/sleep", arguments: ["30"])
}

/// A child that prints `ready` once it ignores SIGTERM (an ignored signal stays ignored across exec,
/// so no shell or grandchild is left behind).
func stubborn(_ name: String) -> ChildSpec {
    shell(name, "trap '' TERM; echo ready; exec /bin/sleep 30")
}
