/// A supplier that ships for merchants and reports its stock (R6, R16).
public struct SupplierRecord: Codable, Sendable, Hashable {
    public var id: SupplierID
    public var name: String
    public var email: String

    public init(id: SupplierID, name: String, email: String) {
        self.id = id
        self.name = name
        self.email = email
    }
}
