/// A range of whole calendar days, e.g. a service level's promised transit time of 15 to 25 days (R9).
public struct DayRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// At least 0.
    public var minimum: Int
    /// At least `minimum`.
    public var maximum: Int

    /// Nil unless `0 <= minimum <= maximum`.
    public init?(minimum: Int, maximum: Int) {
        guard minimum >= 0, minimum <= maximum else { return nil }
        self.minimum = minimum
        self.maximum = maximum
    }

    /// `15-25 days`, or `7 days` when both ends are equal.
    public var description: String {
        minimum == maximum ? "\(minimum) days" : "\(minimum)-\(maximum) days"
    }
}
