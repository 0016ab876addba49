import Foundation

/// Well-known stream names: a stream is named after the instance that publishes it.
public enum StreamNames {
    /// The supervisor's simulated time.
    public static let clock = "clock"
    public static let orders = "orders"
    public static let inventory = "inventory"
    public static let payments = "payments"
    public static let fraudHold = "fraud-hold"
    /// Shipments, scans, deadlines and infractions (R8-R11).
    public static let tracking = "tracking"
}
