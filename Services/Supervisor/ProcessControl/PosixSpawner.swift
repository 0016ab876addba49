import Foundation
import Glibc

/// Starts a ``ChildSpec`` with `posix_spawn`, in a process group of its own.
///
/// Why `posix_spawn` and not the alternatives: Foundation's `Process` cannot set the process group, and
/// `fork()` is unsafe in a multithreaded Swift process. swift-subprocess 1.0.2 can (its Linux
/// `PlatformOptions.processGroupID`), but it scopes a child's lifetime to an async `run` call and reaps
/// it with its own process-wide monitor, which gives no plain handle that ``ChildTable`` can signal and
/// await, and it reads output through its async I/O rather than on dedicated threads. `posix_spawn` does
/// everything needed with one dependency less: glibc runs it with `CLONE_VFORK` and reports a failing
/// exec (a missing executable, say) as its return value.
///
/// The child gets: stdin from `/dev/null`; stdout and stderr on the given pipe ends; no other descriptor
/// of the supervisor; an empty signal mask and every signal at its default disposition (the supervisor
/// may ignore or block SIGTERM/SIGINT to handle them itself, and both would otherwise be inherited);
/// the supervisor's environment with the spec's variables over it and `DROPLINE_SUPERVISOR_PID`.
enum PosixSpawner {
    /// The variable telling each child which process supervises it, so that it can exit when that one dies.
    static let supervisorPIDVariable = "DROPLINE_SUPERVISOR_PID"

    /// Spawns `spec` with its stdout and stderr on the given descriptors and returns its pid.
    static func spawn(
        _ spec: ChildSpec, standardOutput: Int32, standardError: Int32
    ) throws(ProcessControlError) -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }

        var code = configure(&attributes)
        if code == 0 {
            code = configure(
                &actions, standardOutput: standardOutput, standardError: standardError,
                workingDirectory: spec.workingDirectory)
        }
        guard code == 0 else { throw .spawn(path: spec.executable, errno: code) }

        let arguments = [spec.executable] + spec.arguments
        let environment = environment(for: spec).map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        code = withCStringArray(arguments) { argv in
            withCStringArray(environment) { envp in
                posix_spawn(&pid, spec.executable, &actions, &attributes, argv, envp)
            }
        }
        guard code == 0 else { throw .spawn(path: spec.executable, errno: code) }
        return pid
    }

    /// The supervisor's environment, the spec's variables over it, then the supervisor's pid.
    static func environment(for spec: ChildSpec) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.merging(spec.environment) { _, child in child }
        environment[supervisorPIDVariable] = String(getpid())
        return environment
    }

    /// Own process group, empty signal mask, default dispositions; returns 0 or an errno.
    private static func configure(_ attributes: inout posix_spawnattr_t) -> Int32 {
        let flags = POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        var code = posix_spawnattr_setflags(&attributes, Int16(flags))
        if code == 0 { code = posix_spawnattr_setpgroup(&attributes, 0) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        if code == 0 { code = posix_spawnattr_setsigmask(&attributes, &noSignals) }
        // SIGKILL and SIGSTOP cannot have another disposition, and sigaction() rejects them.
        var resettable = sigset_t()
        sigfillset(&resettable)
        sigdelset(&resettable, SIGKILL)
        sigdelset(&resettable, SIGSTOP)
        if code == 0 { code = posix_spawnattr_setsigdefault(&attributes, &resettable) }
        return code
    }

    /// Pipes on 1 and 2 (before anything can take those numbers), `/dev/null` on 0, every other
    /// descriptor closed, then the working directory; returns 0 or an errno.
    private static func configure(
        _ actions: inout posix_spawn_file_actions_t, standardOutput: Int32, standardError: Int32,
        workingDirectory: String?
    ) -> Int32 {
        var code = posix_spawn_file_actions_adddup2(&actions, standardOutput, STDOUT_FILENO)
        if code == 0 { code = posix_spawn_file_actions_adddup2(&actions, standardError, STDERR_FILENO) }
        if code == 0 { code = posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0) }
        if code == 0 { code = GNUExtensions.addCloseFrom(&actions, lowest: STDERR_FILENO + 1) }
        if code == 0, let workingDirectory { code = GNUExtensions.addChdir(&actions, path: workingDirectory) }
        return code
    }

    /// Calls `body` with a NULL-terminated array of C strings copied from `strings`, freed afterwards.
    private static func withCStringArray<Result>(
        _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result
    ) -> Result {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
