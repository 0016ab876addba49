/// A policy setting a service cannot use, on one line with its key path: the one error every service's
/// `<Name>Settings` throws.
public struct SettingsError: Error, Equatable, CustomStringConvertible {
    /// The dotted key path, e.g. `services.fraud-hold.settings.hold_hours`.
    public var key: String
    /// What a good value looks like and what was given.
    public var reason: String

    public init(key: String, reason: String) {
        self.key = key
        self.reason = reason
    }

    /// `config key 'services.fraud-hold.settings.hold_hours': expected a positive number of hours, got "x"`.
    public var description: String { "config key '\(key)': \(reason)" }
}
