/// The bounds of every count a door accepts (docs/rules.md, "Bounds at every door").
public enum QuantityBounds {
    /// The most units one order may hold (R1), and so the highest per-order limit a listing may set.
    public static let maxUnitsPerOrder = 1_000

    /// The most units a stock count may report: a listing's stock, a supplier's feed and its reference level (R16).
    public static let maxStockUnits = 1_000_000_000
}
