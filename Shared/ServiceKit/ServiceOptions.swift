import ArgumentParser
import Foundation
import MeshConfig

/// The options every Dropline executable shares: which mesh config, which instance, overrides, log level.
public struct ServiceOptions: ParsableArguments, Sendable {
    @Option(help: "Mesh config YAML laid over the embedded default (env DROPLINE_CONFIG).")
    public var config: String?

    @Option(help: "Instance name in the mesh config, e.g. orders or dispatch.2 (env DROPLINE_NAME).")
    public var name: String?

    @Option(name: .customLong("set"), help: "Override a config key, e.g. --set streams.heartbeat_ms=200 (repeatable).")
    public var overrides: [String] = []

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (overrides log_level).")
    public var logLevel: String?

    public init() {}

    /// The config file from the flag or `DROPLINE_CONFIG`.
    public var configFile: String? {
        config ?? ProcessInfo.processInfo.environment["DROPLINE_CONFIG"]
    }

    /// The instance name from the flag or `DROPLINE_NAME`, else `fallback`.
    public func instanceName(default fallback: String) -> String {
        name ?? ProcessInfo.processInfo.environment["DROPLINE_NAME"] ?? fallback
    }

    /// Loads the mesh config with every override; a bad value prints one line and throws `ExitCode(2)`.
    public func loadConfiguration() throws -> MeshConfiguration {
        var overrides = overrides
        if let logLevel { overrides.append("log_level=\(logLevel)") }
        do {
            return try MeshConfiguration.load(
                file: configFile, environment: ProcessInfo.processInfo.environment, overrides: overrides)
        } catch {
            FileHandle.standardError.write(Data("dropline: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// What every executable's `main` does first: keeps every file it will create to its own user
    /// (`PrivateFiles.restrictNewFiles`), loads the mesh config (as `loadConfiguration`, exiting 2 on a bad value)
    /// and bootstraps logging and metrics at its log level.
    public func loadConfigurationAndBootstrap() throws -> MeshConfiguration {
        PrivateFiles.restrictNewFiles()
        let configuration = try loadConfiguration()
        Observability.bootstrap(level: configuration.logLevel)
        return configuration
    }
}
