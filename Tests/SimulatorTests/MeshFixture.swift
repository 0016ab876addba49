import Foundation
import ServiceKit
import TestSupport

/// A mesh config file in a temporary folder with a partitioned `dispatch` and the `simulator`, on the system clock.
enum MeshFixture {
    /// Writes `mesh.yaml` into `directory`; returns the options a service started with `--config` has (their
    /// `loadConfiguration()` is the mesh config).
    static func options(
        in directory: TemporaryDirectory, dispatchPartitions: Int, simulatorSettings: [String: String]
    ) throws -> ServiceOptions {
        let settings = simulatorSettings.sorted { $0.key < $1.key }.map { "      \($0.key): \"\($0.value)\"" }
        let file = directory.file("mesh.yaml")
        try """
        state_dir: \(directory.path)/state
        services:
          dispatch:
            executable: dropline-dispatch
            partitions: \(dispatchPartitions)
          simulator:
            executable: dropline-simulator
            settings:
        \(settings.isEmpty ? "      seed: \"1\"" : settings.joined(separator: "\n"))
        """.write(toFile: file, atomically: true, encoding: .utf8)
        var options = ServiceOptions()
        options.config = file
        options.name = nil
        options.overrides = []
        options.logLevel = nil
        return options
    }
}
