import Dispatch
import Foundation
import Glibc
import Logging
import Synchronization

/// One spawned child process: its pid, its forwarded output, its exit, and signals to it.
///
/// Created by ``spawn(_:nameWidth:sink:logger:)``, which starts three dedicated threads: one reader per
/// pipe (see ``OutputPump``) and one exit watcher blocked in `waitid`. None of them runs on the
/// cooperative pool; async callers only suspend on a continuation.
///
/// The pid is never signalled after the child was reaped (the kernel could have reused the number):
/// the watcher waits for the exit without reaping (`WNOWAIT`), then reaps under the same lock that
/// ``signal(_:)`` holds while calling `kill`.
public final class ChildProcess: Sendable {
    /// The spec's name, used in log prefixes and log metadata.
    public let name: String
    /// The child's process id, which is also its process group id.
    public let pid: pid_t

    /// Longest time the termination is held back, after the child was reaped, for its last lines
    /// (a grandchild that inherited the pipes could keep them open for ever).
    static let outputDrainTimeout = DispatchTimeInterval.milliseconds(200)

    private let isReaped = Mutex(false)
    private let exit = ExitNotifier()
    private let logger: Logger

    private init(name: String, pid: pid_t, logger: Logger) {
        self.name = name
        self.pid = pid
        self.logger = logger
    }

    /// Starts `spec` in its own process group and forwards each of its stdout and stderr lines to
    /// `sink`, prefixed with the name padded to `nameWidth` (see ``LinePrefix``).
    public static func spawn(
        _ spec: ChildSpec, nameWidth: Int = 12, sink: @escaping OutputSink = StandardOutput.writeLine,
        logger: Logger
    ) throws(ProcessControlError) -> ChildProcess {
        let output = try GNUExtensions.makeCloseOnExecPipe(for: spec.executable)
        let errors: (read: Int32, write: Int32)
        let pid: pid_t
        do {
            errors = try GNUExtensions.makeCloseOnExecPipe(for: spec.executable)
        } catch {
            [output.read, output.write].forEach { close($0) }
            throw error
        }
        do {
            pid = try PosixSpawner.spawn(spec, standardOutput: output.write, standardError: errors.write)
        } catch {
            [output.read, output.write, errors.read, errors.write].forEach { close($0) }
            throw error
        }
        close(output.write)
        close(errors.write)

        let child = ChildProcess(name: spec.name, pid: pid, logger: logger)
        let drained = DispatchGroup()
        let prefix = LinePrefix.make(name: spec.name, width: nameWidth)
        OutputPump.start(
            descriptor: output.read, label: "\(spec.name).stdout", prefix: prefix, sink: sink, drained: drained)
        OutputPump.start(
            descriptor: errors.read, label: "\(spec.name).stderr", prefix: prefix, sink: sink, drained: drained)
        child.watchExit(outputDrained: drained)
        logger.debug(
            "spawned child", metadata: ["child": "\(spec.name)", "pid": "\(pid)", "path": "\(spec.executable)"])
        return child
    }

    /// How the child ended, or `nil` while it runs (or its last output is being delivered).
    public var termination: Termination? {
        exit.termination
    }

    /// Sends `signal` to the child; does nothing once the child has been reaped.
    public func signal(_ signal: Int32) throws(ProcessControlError) {
        let failure = isReaped.withLock { isReaped -> Int32? in
            guard !isReaped else { return nil }
            return kill(pid, signal) == 0 ? nil : errno
        }
        if let failure {
            throw .signal(signal: signal, pid: pid, errno: failure)
        }
    }

    /// Waits until the child has exited, was reaped and its output delivered; ignores task cancellation.
    public func waitForExit() async -> Termination {
        await exit.waitIgnoringCancellation()
    }

    /// Like ``waitForExit()`` but gives up after `timeout`, or when the task is cancelled, returning `nil`.
    public func waitForExit(timeout: Duration) async -> Termination? {
        await withTaskGroup(of: Termination?.self) { group in
            group.addTask { await self.exit.wait() }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    /// Sends SIGTERM, waits up to `grace` for the exit, then sends SIGKILL, and returns the termination.
    /// If the calling task is cancelled, the grace period is cut short and SIGKILL sent at once.
    public func terminate(grace: Duration) async -> Termination {
        if let termination { return termination }
        sendLoggingFailure(SIGTERM)
        if let termination = await waitForExit(timeout: grace) { return termination }
        logger.debug("grace period over, killing child", metadata: ["child": "\(name)", "pid": "\(pid)"])
        sendLoggingFailure(SIGKILL)
        return await exit.waitIgnoringCancellation()
    }

    private func sendLoggingFailure(_ signal: Int32) {
        do {
            try self.signal(signal)
        } catch {
            logger.debug("\(error)", metadata: ["child": "\(name)"])
        }
    }

    /// Starts the thread that waits for the exit, reaps the child, lets its output drain, then publishes.
    private func watchExit(outputDrained: DispatchGroup) {
        let thread = Thread {
            let termination = self.waitAndReap()
            if outputDrained.wait(timeout: .now() + Self.outputDrainTimeout) == .timedOut {
                self.logger.debug("output still open after exit", metadata: ["child": "\(self.name)"])
            }
            self.logger.debug(
                "child \(termination)", metadata: ["child": "\(self.name)", "pid": "\(self.pid)"])
            self.exit.publish(termination)
        }
        thread.name = "\(name).wait"
        thread.start()
    }

    /// Blocks until the child exits, then reaps it under the lock that ``signal(_:)`` takes.
    /// Returns `.exited(-1)` if something else in the supervisor reaped it first.
    private func waitAndReap() -> Termination {
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
        return isReaped.withLock { isReaped in
            isReaped = true
            var status: Int32 = 0
            var result: pid_t
            repeat {
                result = waitpid(pid, &status, 0)
            } while result == -1 && errno == EINTR
            return result == pid ? Termination(waitStatus: status) : .exited(-1)
        }
    }
}
