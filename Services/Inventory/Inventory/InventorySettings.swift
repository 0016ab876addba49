import ServiceKit

/// Inventory's policy, read from the mesh config's `services.<service>.settings` (so `--set
/// services.inventory.settings.feed_pull_minutes=5`, or `DROPLINE_SERVICES_INVENTORY_SETTINGS_FEED_PULL_MINUTES=5`):
///
/// | key | type | default | meaning |
/// |---|---|---|---|
/// | `reservation_ttl_seconds` | positive integer | 900 | a reservation's time-to-live when `inventory.reserve` asks for `ttlSeconds: 0` |
/// | `feed_pull_minutes` | positive integer | 15 | domain minutes between two pulls of `<state_dir>/feeds/*.json` (R16) |
///
/// Unknown keys are refused, naming the key. The folders (`feeds/`, `maildir/`) are not settings: they are in
/// the state folder (`ServiceParts.stateDirectory`).
public struct InventorySettings: Sendable, Equatable {
    /// The time-to-live of a reservation whose request gives 0.
    public var reservationTTLSeconds: Int
    /// Domain minutes between two feed pulls.
    public var feedPullMinutes: Int

    /// The defaults: 900 seconds, 15 minutes.
    public init(reservationTTLSeconds: Int = 900, feedPullMinutes: Int = 15) {
        self.reservationTTLSeconds = reservationTTLSeconds
        self.feedPullMinutes = feedPullMinutes
    }

    /// Reads the settings; unset keys take their defaults.
    public init(_ settings: SettingsReader) throws(SettingsError) {
        self.init()
        try settings.refuseUnknown(known: ["reservation_ttl_seconds", "feed_pull_minutes"])
        reservationTTLSeconds = try settings.integer(
            "reservation_ttl_seconds", default: reservationTTLSeconds, in: 1...Int.max)
        feedPullMinutes = try settings.integer("feed_pull_minutes", default: feedPullMinutes, in: 1...Int.max)
    }
}
