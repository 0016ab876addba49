import Foundation

/// Where the mesh's time comes from.
public enum ClockMode: String, Sendable, Equatable, CaseIterable {
    /// The operating system's clock.
    case system
    /// Time the supervisor publishes on the clock stream, starting at `ClockSettings.start`.
    case simulated
}

/// The `clock` section: how the mesh tells time.
public struct ClockSettings: Sendable, Equatable {
    public var mode: ClockMode
    /// The simulated clock's first instant (`clock.start`), kept to the millisecond.
    public var start: Date
    /// How close to the time it would have had, had time flowed continuously, a fact made during a clock advance
    /// is stamped (`clock.resolution_ms`): the supervisor moves simulated time in steps, each at most this past the
    /// soonest timer due anywhere in the mesh.
    public var resolution: Duration
    /// How long one step of a clock advance waits for the mesh to settle (every process answering, caught up,
    /// its due timers fired and its queued calls made) before the advance stops with an error naming the
    /// process (`clock.settle_timeout_ms`).
    public var settleTimeout: Duration

    /// The default resolution: one minute.
    public static let defaultResolution = Duration.seconds(60)
    /// The default settle timeout: 30 seconds, longer than a restarted process takes to catch up.
    public static let defaultSettleTimeout = Duration.seconds(30)

    init(_ reader: SectionReader) throws(MeshConfigError) {
        mode = try reader.choice("mode")
        resolution = .milliseconds(
            try reader.integer("resolution_ms", .positive, default: Int(Self.defaultResolution / .milliseconds(1))))
        settleTimeout = .milliseconds(
            try reader.integer(
                "settle_timeout_ms", .positive, default: Int(Self.defaultSettleTimeout / .milliseconds(1))))
        let value = try reader.required("start")
        guard case .scalar(let scalar) = value, let parsed = try? Date.ISO8601FormatStyle().parse(scalar.text) else {
            let example = "\"2026-11-22T00:00:00Z\""
            throw reader.invalid("start", expected: "an ISO 8601 date and time such as \(example)", got: value)
        }
        start = Date(timeIntervalSince1970: Double(Self.milliseconds(of: parsed)) / 1000)
    }

    /// The section as the configuration document holds it.
    var node: ConfigNode {
        .map(
            ConfigMap([
                "mode": .string(mode.rawValue), "start": .string(Self.iso8601(start)),
                "resolution_ms": .milliseconds(resolution), "settle_timeout_ms": .milliseconds(settleTimeout),
            ]))
    }

    private static func milliseconds(of date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// `2026-11-22T00:00:00Z`, with `.250` before the `Z` when the instant is not a whole second.
    private static func iso8601(_ date: Date) -> String {
        let milliseconds = milliseconds(of: date)
        let wholeSeconds = (Double(milliseconds) / 1000).rounded(.down)
        let fraction = milliseconds - Int64(wholeSeconds) * 1000
        let text = Date(timeIntervalSince1970: wholeSeconds).formatted(Date.ISO8601FormatStyle())
        guard fraction != 0, text.hasSuffix("Z") else { return text }
        return text.dropLast() + "." + String(fraction + 1000).dropFirst() + "Z"
    }
}
