import Dispatch
import Foundation
import Glibc
import Synchronization

/// Children and state folders to remove however the bench ends, including SIGINT/SIGTERM.
///
/// Children also get `DROPLINE_SUPERVISOR_PID` = the bench's pid, so they stop by themselves within
/// 250 ms if the bench is killed with SIGKILL.
final class Cleanup: Sendable {
    static let shared = Cleanup()

    private struct Tracked {
        var children: [pid_t: ProbeProcess] = [:]
        var folders: Set<String> = []
    }

    private let tracked = Mutex(Tracked())
    private let signalSources = Mutex<[any DispatchSourceSignal]>([])

    /// Handles SIGINT and SIGTERM: stop every child (SIGTERM, then SIGKILL), remove the folders, exit 130.
    func installSignalHandlers() {
        signalSources.withLock { sources in
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { [self] in
                    FileHandle.standardError.write(Data("\ndropline-bench: interrupted, stopping children\n".utf8))
                    stopEverything()
                    exit(130)
                }
                source.resume()
                sources.append(source)
            }
        }
    }

    func track(_ child: ProbeProcess) { tracked.withLock { $0.children[child.pid] = child } }
    func forget(_ child: ProbeProcess) { tracked.withLock { _ = $0.children.removeValue(forKey: child.pid) } }
    func track(folder: String) { tracked.withLock { _ = $0.folders.insert(folder) } }

    /// Removes a state folder now.
    func remove(folder: String) {
        tracked.withLock { _ = $0.folders.remove(folder) }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Synchronous last resort: SIGTERM every child, SIGKILL what is left after 3 s, remove the folders.
    private func stopEverything() {
        let (children, folders) = tracked.withLock { ($0.children.values.map { $0 }, $0.folders) }
        for child in children { kill(child.pid, SIGTERM) }
        let deadline = ContinuousClock.now + .seconds(3)
        while children.contains(where: { $0.exited == nil }) && ContinuousClock.now < deadline { usleep(10_000) }
        for child in children where child.exited == nil { kill(child.pid, SIGKILL) }
        for folder in folders { try? FileManager.default.removeItem(atPath: folder) }
    }
}
