import Foundation

/// Inventory's policy settings and folders.
///
/// Settings live under `services.<name>.settings` in the mesh config (so `--set
/// services.inventory.settings.feed_pull_minutes=5`, or `DROPLINE_SERVICES_INVENTORY_SETTINGS_FEED_PULL_MINUTES=5`):
///
/// | key | type | default | meaning |
/// |---|---|---|---|
/// | `reservation_ttl_seconds` | positive integer | 900 | a reservation's time-to-live when `inventory.reserve` asks for `ttlSeconds: 0` |
/// | `feed_pull_minutes` | positive integer | 15 | domain minutes between two pulls of `<state_dir>/feeds/*.json` (R16) |
///
/// Folders under the state folder: `feeds/` (the pulled supplier stock feeds, each file one `StockFeed` in JSON)
/// and `maildir/` (the low-stock notifications, one `.eml` each).
public struct InventoryConfiguration: Sendable, Equatable {
    /// The time-to-live of a reservation whose request gives 0.
    public var reservationTTLSeconds: Int
    /// Domain minutes between two feed pulls.
    public var feedPullMinutes: Int
    /// Where pulled feed files are read from.
    public var feedsDirectory: String
    /// Where low-stock mail is delivered.
    public var maildirPath: String

    public static let defaultReservationTTLSeconds = 900
    public static let defaultFeedPullMinutes = 15

    public init(
        stateDirectory: String, reservationTTLSeconds: Int = Self.defaultReservationTTLSeconds,
        feedPullMinutes: Int = Self.defaultFeedPullMinutes
    ) {
        self.reservationTTLSeconds = reservationTTLSeconds
        self.feedPullMinutes = feedPullMinutes
        feedsDirectory = (stateDirectory as NSString).appendingPathComponent("feeds")
        maildirPath = (stateDirectory as NSString).appendingPathComponent("maildir")
    }

    /// Reads the settings of service `service` (unset keys take their defaults).
    /// - Throws: `InventoryConfigurationError` naming the key of a value that is not a positive integer.
    public init(settings: [String: String], service: String, stateDirectory: String) throws {
        func positive(_ key: String, default value: Int) throws -> Int {
            guard let text = settings[key] else { return value }
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)), number > 0 else {
                throw InventoryConfigurationError(key: "services.\(service).settings.\(key)", value: text)
            }
            return number
        }
        self.init(
            stateDirectory: stateDirectory,
            reservationTTLSeconds: try positive("reservation_ttl_seconds", default: Self.defaultReservationTTLSeconds),
            feedPullMinutes: try positive("feed_pull_minutes", default: Self.defaultFeedPullMinutes))
    }
}

/// A setting that is not a positive integer.
public struct InventoryConfigurationError: Error, Equatable, CustomStringConvertible {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    public var description: String {
        "config key '\(key)': expected a positive integer, got \(String(reflecting: value))"
    }
}
