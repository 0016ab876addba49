import Contracts
import Foundation

/// Prints contract values for people: pretty, key-sorted JSON, dates as the mesh writes them.
enum JSONOutput {
    /// The encoder of everything the CLI prints as JSON.
    static let encoder: JSONEncoder = {
        let encoder = DomainTime.makeEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Prints `value` as pretty JSON.
    static func print(_ value: some Encodable) throws {
        Swift.print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
