/// Whether a country's addresses need a region (state, province, prefecture) and, where R1 checks them, its codes.
public struct RegionRule: Sendable {
    public let isRequired: Bool
    /// The valid subdivision codes, or nil when any text is accepted (`東京都`, `Uttar Pradesh`).
    public let codes: Set<String>?
    /// What the country calls it, e.g. `state`, `province or territory`.
    public let noun: String
    /// A valid code, for the refusal, e.g. `SP`.
    public let example: String

    /// Any text, or none.
    static let optional = RegionRule(isRequired: false, codes: nil, noun: "region", example: "")
    /// Any text, but required.
    static let requiredText = RegionRule(isRequired: true, codes: nil, noun: "region", example: "")

    /// Required, and one of `codes`.
    static func requiredCode(_ codes: Set<String>, noun: String, example: String) -> RegionRule {
        RegionRule(isRequired: true, codes: codes, noun: noun, example: example)
    }
}
