/// A stored row that no longer reads back: the store was edited by hand or by a newer version.
enum TrackingStoreError: Error, Equatable, CustomStringConvertible {
    case corruptRow(table: String, key: String, column: String)

    var description: String {
        switch self {
        case .corruptRow(let table, let key, let column):
            "The \(table) row \(key) has an unreadable \(column)."
        }
    }
}
