import Foundation

/// A delay drawn uniformly between `min` and `max` (inclusive), in the unit its field names (minutes, hours), as
/// a simulated supplier's behaviour gives it; written `10-120`, or `30` for a fixed delay, in the mesh config and
/// on the command line.
public struct DelayRange: Codable, Sendable, Equatable, CustomStringConvertible {
    public var min: Double
    public var max: Double

    public init(min: Double, max: Double) {
        self.min = min
        self.max = max
    }

    /// Reads `10-120` or a single value such as `30` (a fixed delay); nil when malformed, negative or reversed.
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), let low = Double(parts[0]), let high = Double(parts[parts.count - 1])
        else { return nil }
        self.init(min: low, max: high)
        guard fault == nil else { return nil }
    }

    /// Why the range cannot be used, or nil: both ends finite, not negative, and `min` ≤ `max`.
    public var fault: String? {
        guard min.isFinite, max.isFinite, min >= 0 else { return "must be finite and not negative" }
        guard min <= max else { return "min must not exceed max" }
        return nil
    }

    /// `10-120`, or `30` for a fixed delay.
    public var description: String {
        func text(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }
        return min == max ? text(min) : "\(text(min))-\(text(max))"
    }
}
