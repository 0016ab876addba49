import Foundation
import Logging
import MeshConfig

extension MeshBlueprint {
    /// The mesh YAML: the keys the blueprint sets, every string double-quoted so that none reads as a number, a
    /// boolean or null; `MeshConfiguration.load(file:)` reads it back.
    public var yaml: String {
        var lines = [
            "state_dir: \(Self.quoted(stateDirectory))",
            "log_level: \(logLevel.rawValue)",
            "clock:",
            "  mode: \(clock.rawValue)",
        ]
        lines += Self.section("streams", [("heartbeat_ms", timing.heartbeat.map(Self.milliseconds))])
        lines += Self.section(
            "supervisor",
            [
                ("health_timeout_ms", timing.healthTimeout.map(Self.milliseconds)),
                ("grace_ms", timing.grace.map(Self.milliseconds)),
                ("backoff_initial_ms", timing.backoffInitial.map(Self.milliseconds)),
                ("backoff_max_ms", timing.backoffMax.map(Self.milliseconds)),
                ("crash_loop_restarts", timing.crashLoopRestarts),
                ("crash_loop_window_ms", timing.crashLoopWindow.map(Self.milliseconds)),
            ])
        lines.append("services:")
        for process in processes { lines += process.lines }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Writes `yaml` to the file at `path`, replacing it.
    public func write(to path: String) throws {
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// A section of integer keys, those set only; nothing when none is.
    private static func section(_ name: String, _ keys: [(String, Int?)]) -> [String] {
        let set = keys.compactMap { key, value in value.map { "  \(key): \($0)" } }
        return set.isEmpty ? [] : ["\(name):"] + set
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        Int((duration / .milliseconds(1)).rounded())
    }

    /// `text` as a YAML double-quoted string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

extension MeshBlueprint.Process {
    /// Its entry under `services`, indented by two spaces; settings in key order.
    fileprivate var lines: [String] {
        var lines = ["  \(name):", "    executable: \(MeshBlueprint.quoted(executable))"]
        if !arguments.isEmpty {
            lines.append("    args: [\(arguments.map(MeshBlueprint.quoted).joined(separator: ", "))]")
        }
        if let instances { lines.append("    instances: \(instances)") }
        if let partitions { lines.append("    partitions: \(partitions)") }
        if let logLevel { lines.append("    log_level: \(logLevel.rawValue)") }
        if !settings.isEmpty {
            lines.append("    settings:")
            for (key, value) in settings.sorted(by: { $0.key < $1.key }) {
                lines.append("      \(key): \(MeshBlueprint.quoted(value))")
            }
        }
        return lines
    }
}
