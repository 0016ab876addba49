/// A simulator setting that cannot be used, described on one line with its key path.
public struct SimulatorSettingsError: Error, Equatable, CustomStringConvertible {
    /// The dotted key path, e.g. `services.simulator.settings.reject_rate`.
    public var key: String
    public var reason: String

    init(key: String, _ reason: String) {
        self.key = key
        self.reason = reason
    }

    /// `config key 'services.simulator.settings.reject_rate': expected a number from 0 to 1, got "x"`.
    public var description: String { "config key '\(key)': \(reason)" }
}
