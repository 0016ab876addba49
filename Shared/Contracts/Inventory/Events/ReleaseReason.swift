/// Why reserved units went back to available (R2), as carried by `stock.released`.
public enum ReleaseReason: String, Sendable, Codable, CaseIterable {
    case cancelled
    case declined
    case rejected
    /// A pending reservation outlived its time-to-live without `order.placed`.
    case expired
}
