/// Which keys the configuration document may hold, and where. The readers of each section check values; this
/// says which key paths exist, for unknown-key errors, `--set` paths and `DROPLINE_*` variables.
indirect enum ConfigSchema: Sendable {
    /// One value: a scalar or a list.
    case value
    /// A map with a fixed set of keys, in documentation order.
    case section([(key: String, schema: ConfigSchema)])
    /// A map whose keys are names the operator chooses, each holding the same shape (`services`).
    case named(ConfigSchema)
    /// A map of operator-chosen keys to scalars (`settings`): set whole, or one key at a time.
    case freeMap

    static let service: ConfigSchema = .section([
        ("executable", .value), ("args", .value), ("instances", .value), ("partitions", .value), ("pub", .value),
        ("rpc", .value),
        ("store", .value), ("log_level", .value), ("settings", .freeMap),
    ])

    static let clock: ConfigSchema = .section([
        ("mode", .value), ("start", .value), ("resolution_ms", .value), ("settle_timeout_ms", .value),
    ])

    static let streams: ConfigSchema = .section([
        ("heartbeat_ms", .value), ("fetch_credit", .value), ("batch_max", .value), ("retention_events", .value),
        ("max_message_bytes", .value), ("max_frame_bytes", .value), ("lag_alarm_events", .value),
    ])

    static let supervisor: ConfigSchema = .section([
        ("rpc", .value), ("pub", .value), ("store", .value), ("health_timeout_ms", .value), ("grace_ms", .value),
        ("backoff_initial_ms", .value), ("backoff_max_ms", .value), ("crash_loop_restarts", .value),
        ("crash_loop_window_ms", .value),
    ])

    /// R9: one carrier of `carriers`, keyed by its name.
    static let carrier: ConfigSchema = .section([
        ("tracking_formats", .value), ("posted_from", .value), ("origins", .value), ("destinations", .value),
        ("zones", .freeMap), ("service_levels", .named(serviceLevel)),
    ])

    /// R9: one service level of a carrier, keyed by its short name.
    static let serviceLevel: ConfigSchema = .section([
        ("full_name", .value), ("transit_days", .value), ("last_mile_tracking", .value), ("destinations", .value),
        ("price", .freeMap),
    ])

    /// Services by name, in start order.
    static let services: ConfigSchema = .named(service)

    /// The whole document.
    static let document: ConfigSchema = .section([
        ("state_dir", .value), ("log_level", .value), ("clock", clock), ("streams", streams),
        ("supervisor", supervisor), ("services", services), ("carriers", .named(carrier)),
        ("confirmed_delivery", .freeMap),
    ])

    /// The keys of a section, in documentation order; empty for other shapes.
    var knownKeys: [String] {
        guard case .section(let children) = self else { return [] }
        return children.map(\.key)
    }

    /// The error for a key that this section does not have.
    func unknownKey(_ path: [String]) -> MeshConfigError {
        MeshConfigError(key: path.joined(separator: "."), "unknown key (known: \(knownKeys.joined(separator: ", ")))")
    }

    /// Checks that `path` names a key of this schema (a value or a whole section), as `--set` requires.
    func validate(path: [String]) throws(MeshConfigError) {
        var schema = self
        for (depth, key) in path.enumerated() {
            switch schema {
            case .section(let children):
                guard let child = children.first(where: { $0.key == key }) else {
                    throw schema.unknownKey(Array(path[...depth]))
                }
                schema = child.schema
            case .named(let entry):
                schema = entry
            case .freeMap:
                schema = .value
            case .value:
                let parent = path[..<depth].joined(separator: ".")
                let key = path[...depth].joined(separator: ".")
                throw MeshConfigError(key: key, "unknown key ('\(parent)' has no keys)")
            }
        }
    }

    /// Every value path that `document` has or could have: each section's keys whether present or not, each
    /// present named entry (service) with all its keys, and each present key of a free map.
    func valuePaths(in document: ConfigNode?, under prefix: [String] = []) -> [[String]] {
        let map: ConfigMap? = if case .map(let map) = document { map } else { nil }
        switch self {
        case .value:
            return [prefix]
        case .section(let children):
            return children.flatMap { child in
                child.schema.valuePaths(in: map?.value(for: child.key), under: prefix + [child.key])
            }
        case .named(let entry):
            return (map?.entries ?? []).flatMap { entry.valuePaths(in: $0.value, under: prefix + [$0.key]) }
        case .freeMap:
            return [prefix] + (map?.keys ?? []).map { prefix + [$0] }
        }
    }
}
