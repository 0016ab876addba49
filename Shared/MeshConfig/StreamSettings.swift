/// The `streams` section: how events travel between the processes of the mesh.
public struct StreamSettings: Sendable, Equatable {
    /// How often a publisher sends a heartbeat; a peer silent for three intervals is suspect.
    public var heartbeatInterval: Duration
    /// Events per replay batch.
    public var fetchCredit: Int
    /// Events applied per subscriber transaction (group commit).
    public var batchMax: Int
    /// Events kept in each outbox beyond what every subscriber acknowledged; 0 keeps all.
    public var retentionEvents: Int
    /// Bus messages larger than this are refused.
    public var maxMessageBytes: Int
    /// A subscription further behind than this many events is reported.
    public var lagAlarmEvents: Int

    init(_ reader: SectionReader) throws(MeshConfigError) {
        heartbeatInterval = try reader.milliseconds("heartbeat_ms")
        fetchCredit = try reader.integer("fetch_credit", .range(1...100_000))
        batchMax = try reader.integer("batch_max", .range(1...100_000))
        retentionEvents = try reader.integer("retention_events", .nonNegative)
        maxMessageBytes = try reader.integer(
            "max_message_bytes", .range(1024...64 * 1024 * 1024, note: "1 KiB to 64 MiB"))
        lagAlarmEvents = try reader.integer("lag_alarm_events", .positive)
    }

    /// The section as the configuration document holds it.
    var node: ConfigNode {
        .map(
            ConfigMap([
                "heartbeat_ms": .milliseconds(heartbeatInterval),
                "fetch_credit": .integer(fetchCredit),
                "batch_max": .integer(batchMax),
                "retention_events": .integer(retentionEvents),
                "max_message_bytes": .integer(maxMessageBytes),
                "lag_alarm_events": .integer(lagAlarmEvents),
            ]))
    }
}
