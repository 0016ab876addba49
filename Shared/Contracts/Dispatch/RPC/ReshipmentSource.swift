/// Which supplier the merchant asks to reship (R15).
public enum ReshipmentSource: String, Codable, Hashable, Sendable, CaseIterable {
    /// The supplier that shipped the faulty items, whatever its score; if it cannot take the order (known stock
    /// short) or fails, the best untried backup follows.
    case sameSupplier = "same_supplier"
    /// The best supplier of the order not tried yet, so never the one that shipped.
    case backup
}
