/// The orders service's policy settings, from `services.orders.settings` in the mesh config.
///
/// - `reservation_ttl_seconds` (integer ≥ 1, default 900): how long Inventory keeps a placement's reservation
///   when no `order.placed` confirms it (ARCHITECTURE §2).
public struct OrdersSettings: Sendable, Equatable {
    public static let defaultReservationTTLSeconds = 900

    public var reservationTTLSeconds: Int

    public init(reservationTTLSeconds: Int = OrdersSettings.defaultReservationTTLSeconds) {
        self.reservationTTLSeconds = reservationTTLSeconds
    }

    /// Reads the settings map; a missing key takes its default, keys of other concerns are ignored.
    public init(_ settings: [String: String]) throws(OrdersSettingsError) {
        self.init()
        if let text = settings["reservation_ttl_seconds"] {
            guard let seconds = Int(text), seconds >= 1 else {
                throw OrdersSettingsError(key: "reservation_ttl_seconds", value: text)
            }
            reservationTTLSeconds = seconds
        }
    }
}

/// A setting whose value the orders service cannot use.
public struct OrdersSettingsError: Error, Equatable, CustomStringConvertible {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    public var description: String {
        "Setting services.orders.settings.\(key): expected a positive integer, got \(String(reflecting: value))."
    }
}
