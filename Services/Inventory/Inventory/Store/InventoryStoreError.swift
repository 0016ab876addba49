/// A stored row that the code cannot read back: a broken invariant of the store, never user input.
struct InventoryStoreError: Error, CustomStringConvertible {
    let what: String

    static func corrupt(_ what: String) -> InventoryStoreError { InventoryStoreError(what: what) }

    var description: String { "The inventory store holds an unreadable \(what)." }
}
