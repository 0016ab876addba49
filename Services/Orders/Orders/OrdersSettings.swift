import ServiceKit

/// The orders service's policy settings, read from `services.orders.settings` in the mesh config.
///
/// | key                       | type        | default | meaning                                          |
/// |---------------------------|-------------|---------|--------------------------------------------------|
/// | `reservation_ttl_seconds` | integer ≥ 1 | `900`   | how long Inventory keeps a placement's reservation |
///
/// A reservation that no `order.placed` confirms within its TTL is released (docs/architecture.md §2).
/// Unknown keys are refused, naming the key.
public struct OrdersSettings: Sendable, Equatable {
    /// `reservation_ttl_seconds` when the mesh config does not set it.
    public static let defaultReservationTTLSeconds = 900

    /// How long Inventory keeps a placement's reservation, in seconds.
    public var reservationTTLSeconds: Int

    /// The defaults.
    public init(reservationTTLSeconds: Int = OrdersSettings.defaultReservationTTLSeconds) {
        self.reservationTTLSeconds = reservationTTLSeconds
    }

    /// Reads the service's settings; a missing key takes its default.
    public init(_ reader: SettingsReader) throws(SettingsError) {
        try reader.refuseUnknown(known: ["reservation_ttl_seconds"])
        self.init(
            reservationTTLSeconds: try reader.integer(
                "reservation_ttl_seconds", default: Self.defaultReservationTTLSeconds, in: 1...Int.max))
    }
}
