import Foundation
import Glibc

/// What the figures depend on: CPUs, CPU model, kernel, build configuration, and the file system the
/// stores fsync to.
struct MachineInfo {
    let processors: Int
    let cpuModel: String
    let kernel: String
    let buildConfiguration: String
    let fileSystem: String

    init(stateRoot: String) {
        processors = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        cpuModel =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        var names = utsname()
        uname(&names)
        kernel = withUnsafeBytes(of: &names.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        #if DEBUG
            buildConfiguration = "debug"
        #else
            buildConfiguration = "release"
        #endif
        fileSystem = Self.fileSystem(containing: stateRoot)
    }

    /// The 1, 5 and 15 minute load averages: other work on the machine skews every figure.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// The type and device of the longest mount point that contains `path` (from /proc/mounts).
    private static func fileSystem(containing path: String) -> String {
        let mounts = (try? String(contentsOfFile: "/proc/mounts", encoding: .utf8)) ?? ""
        var best: (device: String, point: String, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count >= 3, contains(fields[1], path), fields[1].count >= (best?.point.count ?? 0) else {
                continue
            }
            best = (fields[0], fields[1], fields[2])
        }
        guard let best else { return "unknown" }
        return "\(best.type) (\(best.device) on \(best.point))"
    }

    private static func contains(_ mountPoint: String, _ path: String) -> Bool {
        mountPoint == "/" || path == mountPoint || path.hasPrefix(mountPoint + "/")
    }
}
