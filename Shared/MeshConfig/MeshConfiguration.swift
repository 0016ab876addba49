import Contracts
import Foundation

/// The effective, validated configuration of the whole Dropline mesh: every process, its endpoints and stores,
/// and the settings the supervisor and the streams run with.
///
/// Values come from, in increasing precedence: the embedded default (`embeddedDefaultYAML`), a YAML file,
/// `DROPLINE_*` environment variables and `--set key=value` overrides. Every key is checked, and any problem is
/// a `MeshConfigError` naming the key.
public struct MeshConfiguration: Sendable, Equatable {
    /// The state folder (stores, sockets, maildir, logs), absolute.
    public var stateDirectory: String
    /// The default log level: trace, debug, info, notice, warning, error or critical.
    public var logLevel: String
    public var clock: ClockSettings
    public var streams: StreamSettings
    public var supervisor: SupervisorSettings
    /// The services in start order; they stop in reverse.
    public var services: [ServiceSettings]
    /// R9: the carriers suppliers ship with (`carriers:`), in configuration order.
    public var carriers: CarrierCatalogue
    /// R9: which orders must ship with last-mile tracking (`confirmed_delivery:`).
    public var confirmedDelivery: ConfirmedDeliveryPolicy
    /// The `DROPLINE_*` environment variables that matched no key, sorted, for the caller to log.
    public var unmatchedEnvironment: [String]

    /// Loads and validates. `file` nil means the embedded default only.
    ///
    /// - Parameters:
    ///   - file: A YAML file laid over the default; a relative path is taken from `workingDirectory`.
    ///   - environment: The process environment; only `DROPLINE_*` variables are read, and `DROPLINE_CONFIG`,
    ///     `DROPLINE_NAME` and `DROPLINE_SUPERVISOR_PID` are left alone.
    ///   - overrides: `key=value` strings from `--set` flags, applied in order.
    ///   - workingDirectory: What a relative `state_dir` or store path is relative to.
    public static func load(
        file: String?, environment: [String: String], overrides: [String],
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(MeshConfigError) -> MeshConfiguration {
        var document = try ConfigDocument()
        if let file {
            try document.layFile(at: Placeholders.absolutePath(file, relativeTo: workingDirectory))
        }
        let unmatchedEnvironment = try EnvironmentOverrides.apply(environment, to: &document)
        try CommandLineOverrides.apply(overrides, to: &document)
        return try MeshConfiguration(
            document.root, workingDirectory: workingDirectory, unmatchedEnvironment: unmatchedEnvironment)
    }

    public func service(named name: String) -> ServiceSettings? {
        services.first { $0.name == name }
    }

    /// Finds an instance by its name: "probe-sink", "dispatch.p2" for a partition, or "dispatch.3" for a group
    /// member (index within 1…64, even
    /// beyond `instances`, because the supervisor can scale a group at run time). A group has no instance named
    /// like the service, and a single-instance service no numbered one.
    public func instance(named name: String) -> InstanceSettings? {
        if let service = service(named: name) {
            return service.isGroup ? nil : service.instance(1)
        }
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let indexText = name[name.index(after: dot)...]
        if indexText.first == "p", let service = service(named: String(name[..<dot])),
            let index = Int(indexText.dropFirst()), "p\(index)" == indexText, (0..<service.partitions).contains(index)
        {
            return service.partition(index)
        }
        guard let index = Int(indexText), String(index) == indexText,
            (1...ServiceSettings.maximumInstances).contains(index),
            let service = service(named: String(name[..<dot])), service.isGroup
        else { return nil }
        return service.instance(index)
    }

    /// The effective configuration as YAML that `load(file:)` reads back to an equal value (the supervisor writes
    /// it for its children). Every key is written out, with `{state}` already resolved.
    public func renderYAML() -> String {
        var servicesMap = ConfigMap()
        for service in services {
            servicesMap.set(service.node, for: service.name)
        }
        return "# Dropline mesh configuration as loaded: every key written out, the state folder resolved.\n"
            + YAMLWriter.render(
                ConfigMap([
                    "state_dir": .string(stateDirectory),
                    "log_level": .string(logLevel),
                    "clock": clock.node,
                    "streams": streams.node,
                    "supervisor": supervisor.node,
                    "services": .map(servicesMap),
                    "carriers": carriers.node,
                    "confirmed_delivery": confirmedDelivery.node,
                ]))
    }
}

/// The log levels a process can run at, from the most to the least verbose.
enum LogLevel: String, CaseIterable {
    case trace, debug, info, notice, warning, error, critical
}
