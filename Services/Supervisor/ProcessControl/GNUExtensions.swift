import Glibc

/// glibc functions that Swift's Glibc module does not import (they are declared only under `_GNU_SOURCE`),
/// looked up once with `dlsym` — the same technique swift-subprocess's C shims use.
///
/// A target of this package cannot add a C shim of its own, and these three matter: `pipe2` makes the
/// pipes close-on-exec atomically, `addclosefrom_np` keeps the supervisor's other descriptors out of
/// children (a leaked pipe end would delay another child's end of file), `addchdir_np` sets the working
/// directory in the child only (a `chdir` in the supervisor would race its other threads).
enum GNUExtensions {
    private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>?, Int32) -> Int32
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32
    private typealias AddChdir =
        @convention(c) (
            UnsafeMutablePointer<posix_spawn_file_actions_t>?, UnsafePointer<CChar>?
        ) -> Int32

    private static let pipe2Function: Pipe2? = lookUp("pipe2")
    private static let addCloseFromFunction: AddCloseFrom? = lookUp("posix_spawn_file_actions_addclosefrom_np")
    private static let addChdirFunction: AddChdir? = lookUp("posix_spawn_file_actions_addchdir_np")

    /// A `dlsym(RTLD_DEFAULT, name)` cast to the C function type `T`, or `nil` when glibc lacks it.
    private static func lookUp<T>(_ name: String) -> T? {
        guard let symbol = dlsym(nil, name) else { return nil }
        return unsafeBitCast(symbol, to: T.self)
    }

    /// Creates a pipe whose both ends are close-on-exec, for the child running `path` (named in the error).
    /// Without `pipe2` it falls back to `pipe` then `fcntl` (children still close stray descriptors
    /// thanks to ``addCloseFrom(_:lowest:)``).
    static func makeCloseOnExecPipe(for path: String) throws(ProcessControlError) -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        if let pipe2Function {
            guard pipe2Function(&fds, O_CLOEXEC) == 0 else { throw .pipe(path: path, errno: errno) }
        } else {
            guard pipe(&fds) == 0 else { throw .pipe(path: path, errno: errno) }
            _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        }
        return (fds[0], fds[1])
    }

    /// Asks the child to close every descriptor from `lowest` up; a no-op returning 0 on a glibc before 2.34.
    static func addCloseFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, lowest: Int32) -> Int32 {
        addCloseFromFunction?(actions, lowest) ?? 0
    }

    /// Asks the child to change directory to `path` before exec; `ENOSYS` on a glibc before 2.29.
    static func addChdir(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, path: String) -> Int32 {
        guard let addChdirFunction else { return ENOSYS }
        return addChdirFunction(actions, path)
    }
}
