import Foundation
import MeshConfig
import ProcessControl

/// Turns mesh-config instances into child process specs.
struct ChildSpecs {
    /// The effective config the children read (`<state>/mesh.yaml`).
    let configFile: String
    /// Where sibling executables live: the supervisor's own folder.
    let executableDirectory: String

    /// The spec of one instance: the service's executable and arguments plus `--config` and `--name`.
    func spec(for instance: InstanceSettings, of service: ServiceSettings) -> ChildSpec {
        let executable =
            service.executable.contains("/")
            ? service.executable : "\(executableDirectory)/\(service.executable)"
        return ChildSpec(
            name: instance.name, executable: executable,
            arguments: service.arguments + ["--config", configFile, "--name", instance.name])
    }

    /// The folder of the running executable (`/proc/self/exe`), so `dropline-probe` is found next to the supervisor.
    static func ownDirectory() -> String {
        let resolved =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return (resolved as NSString).deletingLastPathComponent
    }
}
