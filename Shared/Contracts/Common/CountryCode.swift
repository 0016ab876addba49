/// An ISO 3166-1 alpha-2 country code, e.g. `BR`.
public struct CountryCode: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The two upper-case letters.
    public let code: String

    /// The country for `code` (upper case), or nil if ISO 3166-1 has no such code.
    public init?(_ code: String) {
        guard ISO3166.names[code] != nil else { return nil }
        self.code = code
    }

    /// The English short name, e.g. `Brazil`.
    public var name: String { ISO3166.names[code] ?? code }

    public var description: String { code }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let country = CountryCode(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not an ISO 3166-1 alpha-2 code: \(text)")
        }
        self = country
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
