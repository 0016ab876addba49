/// One fired risk rule, kept with the order and carried by `fraud.*`: which rule, how much it weighed, and why
/// in words (R4).
public struct RiskReason: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The rule's id, e.g. `velocity_1h`; `manual` for a reviewer's own reason.
    public var ruleID: String
    public var weight: Int
    /// One sentence with the numbers, e.g. `4 orders from this card in the last hour (limit 3)`.
    public var explanation: String

    public init(ruleID: String, weight: Int, explanation: String) {
        self.ruleID = ruleID
        self.weight = weight
        self.explanation = explanation
    }

    public var description: String { explanation }
}
