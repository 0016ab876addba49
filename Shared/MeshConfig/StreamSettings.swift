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
    /// The largest frame any socket accepts (`ZMQ_MAXMSGSIZE`): libzmq drops a peer that announces a larger one
    /// before reading it. At least `maxMessageBytes`, so that the largest event travels.
    public var maxFrameBytes: Int
    /// A subscription further behind than this many events is reported.
    public var lagAlarmEvents: Int

    init(_ reader: SectionReader) throws(MeshConfigError) {
        heartbeatInterval = try reader.milliseconds("heartbeat_ms")
        fetchCredit = try reader.integer("fetch_credit", .range(1...100_000))
        batchMax = try reader.integer("batch_max", .range(1...100_000))
        retentionEvents = try reader.integer("retention_events", .nonNegative)
        maxMessageBytes = try reader.integer(
            "max_message_bytes", .range(1024...64 * 1024 * 1024, note: "1 KiB to 64 MiB"))
        maxFrameBytes = try reader.integer(
            "max_frame_bytes", .range(65_536...1024 * 1024 * 1024, note: "64 KiB to 1 GiB"))
        guard maxFrameBytes >= maxMessageBytes else {
            throw reader.invalid(
                "max_frame_bytes", expected: "at least streams.max_message_bytes (\(maxMessageBytes))",
                got: .integer(maxFrameBytes))
        }
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
                "max_frame_bytes": .integer(maxFrameBytes),
                "lag_alarm_events": .integer(lagAlarmEvents),
            ]))
    }
}
