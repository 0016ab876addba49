import Foundation
import ServiceKit
import TestSupport

/// A mesh config file in a temporary folder with a partitioned `dispatch`, the `simulator` and, when asked, a
/// `tracking` service, on the system clock.
enum MeshFixture {
    /// Writes `mesh.yaml` into `directory`; returns the options a service started with `--config` has (their
    /// `loadConfiguration()` is the mesh config).
    static func options(
        in directory: TemporaryDirectory, dispatchPartitions: Int, simulatorSettings: [String: String],
        tracking: Bool = false
    ) throws -> ServiceOptions {
        let file = directory.file("mesh.yaml")
        try MeshBlueprint(
            stateDirectory: directory.file("state"),
            processes: [
                .init("dispatch", executable: "dropline-dispatch", partitions: dispatchPartitions),
                .init(
                    "simulator", executable: "dropline-simulator",
                    settings: simulatorSettings.isEmpty ? ["seed": "1"] : simulatorSettings),
            ] + (tracking ? [.init("tracking", executable: "dropline-tracking")] : [])
        ).write(to: file)
        var options = ServiceOptions()
        options.config = file
        options.name = nil
        options.overrides = []
        options.logLevel = nil
        return options
    }
}
