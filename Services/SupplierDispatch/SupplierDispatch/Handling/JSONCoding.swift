import Contracts

/// The JSON coders of connector calls and timers: ISO 8601 times in milliseconds, as on the bus.
enum JSONCoding {
    static let encoder = DomainTime.makeEncoder()
    static let decoder = DomainTime.makeDecoder()
}
