import Foundation

/// Reads one service's policy settings (`services.<service>.settings` in the mesh config, each scalar as text),
/// key by key with its type and bounds; a missing key takes its default, an unknown key or a bad value is a
/// `SettingsError` naming the key path. Every service's `<Name>Settings` reads through it.
public struct SettingsReader: Sendable {
    /// The service's name under `services`, for key paths.
    public let service: String
    private let values: [String: String]

    public init(_ values: [String: String], service: String) {
        self.values = values
        self.service = service
    }

    /// The dotted key path of `key`.
    public func path(_ key: String) -> String { "services.\(service).settings.\(key)" }

    /// The error for `key` with `reason`.
    public func error(_ key: String, _ reason: String) -> SettingsError {
        SettingsError(key: path(key), reason: reason)
    }

    /// Refuses the first key, in name order, that is not in `known`.
    public func refuseUnknown(known: [String]) throws(SettingsError) {
        if let unknown = values.keys.sorted().first(where: { !known.contains($0) }) {
            throw error(unknown, "unknown setting (known: \(known.sorted().joined(separator: ", ")))")
        }
    }

    /// The value of `key`, trimmed, or nil when the key is not set.
    public func text(_ key: String) -> String? {
        values[key].map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The value of `key` as `parse` reads it, or `fallback` when the key is not set.
    /// - Parameter expected: what a good value looks like, e.g. `an integer from 1 to 20`.
    public func value<Value>(
        _ key: String, default fallback: Value, expected: String, _ parse: (String) -> Value?
    ) throws(SettingsError) -> Value {
        guard let raw = values[key] else { return fallback }
        guard let value = parse(raw.trimmingCharacters(in: .whitespaces)) else {
            throw error(key, "expected \(expected), got \(String(reflecting: raw))")
        }
        return value
    }

    /// An integer within `range`.
    public func integer(_ key: String, default fallback: Int, in range: ClosedRange<Int>) throws(SettingsError) -> Int {
        try value(key, default: fallback, expected: Self.describe(range)) { text in
            Int(text).flatMap { range.contains($0) ? $0 : nil }
        }
    }

    /// A finite number within `range`.
    public func number(_ key: String, default fallback: Double, in range: ClosedRange<Double>) throws(SettingsError)
        -> Double
    {
        try value(
            key, default: fallback,
            expected: "a number from \(Self.format(range.lowerBound)) to \(Self.format(range.upperBound))"
        ) { text in
            Double(text).flatMap { $0.isFinite && range.contains($0) ? $0 : nil }
        }
    }

    /// A positive amount of `unit` (e.g. `hours`, 3600 seconds each) up to `maximum` seconds, as seconds rounded
    /// to the millisecond.
    public func duration(
        _ key: String, default fallback: TimeInterval, unit: String, secondsPerUnit: Double,
        maximum: TimeInterval = 365 * 86_400
    ) throws(SettingsError) -> TimeInterval {
        try value(key, default: fallback, expected: "a positive number of \(unit) up to a year") { text in
            guard let amount = Double(text), amount.isFinite, amount > 0, amount * secondsPerUnit <= maximum else {
                return nil
            }
            return (amount * secondsPerUnit * 1000).rounded() / 1000
        }
    }

    /// Non-empty text, e.g. an instance name.
    public func name(_ key: String, default fallback: String, expected: String) throws(SettingsError) -> String {
        try value(key, default: fallback, expected: expected) { $0.isEmpty ? nil : $0 }
    }

    private static func describe(_ range: ClosedRange<Int>) -> String {
        range.upperBound == Int.max
            ? "an integer of at least \(range.lowerBound)"
            : "an integer from \(range.lowerBound) to \(range.upperBound)"
    }

    private static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
