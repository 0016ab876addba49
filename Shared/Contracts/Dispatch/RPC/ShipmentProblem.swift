/// What a customer reported about a shipment (R7 accuracy, R15).
public enum ShipmentProblem: String, Codable, Hashable, Sendable, CaseIterable {
    /// The items are not those ordered.
    case wrongItem = "wrong_item"
    /// The items arrived damaged.
    case damaged
}
