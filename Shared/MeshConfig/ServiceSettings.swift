/// One entry of `services`: a program the supervisor runs as one process, or as a worker group of several.
public struct ServiceSettings: Sendable, Equatable {
    /// The most instances a worker group can have, configured or scaled to at run time.
    static let maximumInstances = 64

    /// The service's name, the key under `services`.
    public var name: String
    /// A program name looked up next to the supervisor's binary, or a path.
    public var executable: String
    public var arguments: [String]
    /// How many processes run it; more than 1 makes a worker group.
    public var instances: Int
    /// For a partitioned worker group (dispatch): how many partitions its workers share, each with its own
    /// store, stream and endpoints (`dispatch.p0` …), hosted by one worker at a time; 0 when not partitioned.
    public var partitions: Int
    /// The log level its processes use (the top-level `log_level` unless the service sets its own).
    public var logLevel: String
    /// Service-specific policy settings, each scalar kept as its text.
    public var settings: [String: String]
    /// Endpoint and store templates with `{state}` resolved and `{instance}` left for each instance.
    var publishTemplate: String
    var rpcTemplate: String
    var storeTemplate: String

    /// Whether the service runs as a worker group whose instances are named `<service>.<index>`: more than one
    /// instance, or partitioned (a partitioned group may be scaled down to one worker and up again).
    public var isGroup: Bool { instances > 1 || partitions > 0 }

    /// The instance settings of partition `index` (0 ..< `partitions`), named `<service>.p<index>`.
    public func partition(_ index: Int) -> InstanceSettings {
        let instanceName = "\(name).p\(index)"
        return InstanceSettings(
            name: instanceName,
            serviceName: name,
            index: nil,
            publishEndpoint: Placeholders.resolvingInstance(in: publishTemplate, name: instanceName),
            rpcEndpoint: Placeholders.resolvingInstance(in: rpcTemplate, name: instanceName),
            storePath: Placeholders.resolvingInstance(in: storeTemplate, name: instanceName))
    }

    /// The partitions' instance names, `<service>.p0` …, empty when not partitioned.
    public var partitionNames: [String] { (0..<partitions).map { "\(name).p\($0)" } }

    /// The names of its configured instances: `[name]` alone, or `name.1` … `name.N` for a group.
    public var instanceNames: [String] {
        isGroup ? (1...instances).map { "\(name).\($0)" } : [name]
    }

    /// The instance at `index` (1-based) of a worker group, which may lie beyond `instances` when the supervisor
    /// scales the group at run time. A single-instance service has one instance, named like the service, which
    /// this returns whatever `index` is.
    public func instance(_ index: Int) -> InstanceSettings {
        let instanceName = isGroup ? "\(name).\(index)" : name
        return InstanceSettings(
            name: instanceName,
            serviceName: name,
            index: isGroup ? index : nil,
            publishEndpoint: Placeholders.resolvingInstance(in: publishTemplate, name: instanceName),
            rpcEndpoint: Placeholders.resolvingInstance(in: rpcTemplate, name: instanceName),
            storePath: Placeholders.resolvingInstance(in: storeTemplate, name: instanceName))
    }

    init(
        name: String, _ reader: SectionReader, logLevel defaultLogLevel: LogLevel, stateDirectory: String,
        workingDirectory: String
    ) throws(MeshConfigError) {
        guard Self.isValidName(name) else {
            throw MeshConfigError(
                key: reader.path.joined(separator: "."),
                "invalid service name \(YAMLWriter.quoted(name)): "
                    + "expected a lower-case letter, then lower-case letters, digits or dashes")
        }
        self.name = name
        executable = try reader.string("executable")
        arguments = try reader.strings("args")
        instances = try reader.integer("instances", .range(1...Self.maximumInstances), default: 1)
        partitions = try reader.integer("partitions", .range(0...Self.maximumInstances), default: 0)
        logLevel = try reader.choice("log_level", default: defaultLogLevel).rawValue
        publishTemplate = try reader.endpoint(
            "pub", default: "ipc://{state}/run/{instance}.pub", stateDirectory: stateDirectory, allowsInstance: true)
        rpcTemplate = try reader.endpoint(
            "rpc", default: "ipc://{state}/run/{instance}.rpc", stateDirectory: stateDirectory, allowsInstance: true)
        storeTemplate = try reader.path(
            "store", default: "{state}/{instance}.sqlite", stateDirectory: stateDirectory,
            workingDirectory: workingDirectory, allowsInstance: true)
        settings = try reader.scalarMap("settings")
        for instance in (1...instances).map(instance) + (0..<partitions).map(partition) {
            try Placeholders.checkIPCLength(instance.publishEndpoint, key: reader.keyPath("pub"))
            try Placeholders.checkIPCLength(instance.rpcEndpoint, key: reader.keyPath("rpc"))
        }
    }

    /// The service as the configuration document holds it, every key written out.
    var node: ConfigNode {
        var settingsNode = ConfigMap()
        for (key, value) in settings.sorted(by: { $0.key < $1.key }) {
            settingsNode.set(.string(value), for: key)
        }
        return .map(
            ConfigMap([
                "executable": .string(executable),
                "args": .list(arguments.map(ConfigNode.string)),
                "instances": .integer(instances),
                "partitions": .integer(partitions),
                "pub": .string(publishTemplate),
                "rpc": .string(rpcTemplate),
                "store": .string(storeTemplate),
                "log_level": .string(logLevel),
                "settings": .map(settingsNode),
            ]))
    }

    /// `[a-z][a-z0-9-]*`.
    private static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
