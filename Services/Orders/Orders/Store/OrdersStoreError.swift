/// A stored value this version of the service cannot read back (a newer or damaged store), or a row that a
/// migration cannot move (the store then stays at its previous version).
enum OrdersStoreError: Error, Equatable, CustomStringConvertible {
    case unknownCurrency(String)
    case unknownStatus(String)
    case unknownCause(String)
    case unknownReview(String)
    case unknownScan(String)
    /// The `table` row `key` holds a `column` that does not decode as the version that wrote it did.
    case corruptRow(table: String, key: String, column: String)

    var description: String {
        switch self {
        case .unknownCurrency(let code): "The store holds the unknown currency \(code)."
        case .unknownStatus(let name): "The store holds the unknown order status \(name)."
        case .unknownCause(let name): "The store holds the unknown transition cause \(name)."
        case .unknownReview(let name): "The store holds the unknown review state \(name)."
        case .unknownScan(let name): "The store holds the unknown scan kind \(name)."
        case .corruptRow(let table, let key, let column): "The \(table) row \(key) has an unreadable \(column)."
        }
    }
}
