import ServiceKit

/// Why a process cannot run as a dispatch worker.
public enum DispatchWorkerError: Error, CustomStringConvertible {
    case notAPartitionedGroupMember(String)
    case invalidSettings(SettingsError)

    public var description: String {
        switch self {
        case .notAPartitionedGroupMember(let name):
            "\(name) is not a member of a partitioned worker group (set `partitions` in the mesh config and run it "
                + "as <service>.<n>)"
        case .invalidSettings(let error): error.description
        }
    }
}
