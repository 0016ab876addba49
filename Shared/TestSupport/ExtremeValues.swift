/// The values the door tests drive each numeric field with: both sides of its bound, zero, ±1, 2^62 and the
/// type's limits, where arithmetic on amounts and counts overflows or a check is off by one.
public enum ExtremeValues {
    /// Extremes of an `Int64` field whose largest valid value is `bound`.
    public static func around(_ bound: Int64) -> [Int64] {
        [.min, .min + 1, -(1 << 62), -1, 0, 1, bound - 1, bound, bound + 1, 1 << 62, .max / 10, .max - 1, .max]
    }

    /// Extremes of an `Int` field whose largest valid value is `bound`.
    public static func around(_ bound: Int) -> [Int] {
        around(Int64(bound)).map { Int($0) }
    }
}
