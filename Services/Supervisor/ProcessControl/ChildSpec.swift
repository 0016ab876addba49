/// What to run for one child of the mesh: executable, arguments, extra environment and working directory.
public struct ChildSpec: Sendable, Hashable {
    /// Unique name of the child; prefixes its log lines and keys it in ``ChildTable``.
    public var name: String
    /// Path of the executable. It is not searched in `PATH`; a relative path is resolved in ``workingDirectory``
    /// when one is given (the directory change happens before exec), so prefer absolute paths.
    public var executable: String
    /// Arguments after `argv[0]` (which is ``executable``).
    public var arguments: [String]
    /// Variables merged over the supervisor's own environment.
    public var environment: [String: String]
    /// Directory the child starts in; `nil` keeps the supervisor's.
    public var workingDirectory: String?

    public init(
        name: String, executable: String, arguments: [String] = [], environment: [String: String] = [:],
        workingDirectory: String? = nil
    ) {
        self.name = name
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
    }
}
