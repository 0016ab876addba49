/// An ISO 4217 currency that has minor units (so money in it can be counted in integers).
///
/// Only codes from ISO 4217 List One with defined minor units are valid: `XAU` (gold) or `XXX` are codes
/// but not currencies you can price a listing in.
public struct CurrencyCode: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The three-letter code, e.g. `EUR`.
    public let code: String
    /// Digits after the decimal point: 2 for EUR, 0 for JPY, 3 for BHD.
    public let minorUnits: Int

    /// The currency for `code` (upper case), or nil if ISO 4217 has no such currency with minor units.
    public init?(_ code: String) {
        guard let entry = ISO4217.table[code], let minorUnits = entry.minorUnits else { return nil }
        self.code = code
        self.minorUnits = minorUnits
    }

    /// The ISO name, e.g. `Yen`.
    public var name: String { ISO4217.table[code]?.name ?? code }

    public var description: String { code }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let currency = CurrencyCode(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not an ISO 4217 currency with minor units: \(text)")
        }
        self = currency
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
